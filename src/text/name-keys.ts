/**
 * Keys that a medicine's name keeps however an alphabet spells it, for a name read in Latin letters
 * (see ./transliterate.ts). Two strengths:
 * - the spelling key keeps the vowels and merges what spellings of one name differ in: x and ks, f, ph
 *   and p, v, w and b, y and i, c and k or s, h and g (Cyrillic writes heparin "гепарин"), doubled vowels;
 * - the consonant skeleton keeps only the consonants, merged into classes, for scripts that write few
 *   vowels (Arabic, Hebrew) or whose vowels come out of order or not at all (Thai, the Indic scripts).
 * Skeleton classes: P (p b f v w), K (k g c q), S (s z j), T (t d), H (h); l, r, m and n as they are.
 */

// An h after these consonants only changes how they sound (ph, th, kh, bh, sh, zh…); after others it is
// a letter of its own (Arabic "الهيبارين" is al-heparin).
const common = (latin: string) =>
  latin
    .replace(/([bcdgjkpstz])h/g, '$1')
    .replace(/qu/g, 'kv')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k');

/** The spelling key: "rywaroksaban", "rivaroxaban" and "ривароксабан" all give "rivaroksavan". */
export function spellingKey(latin: string): string {
  return common(latin)
    .replace(/x/g, 'ks')
    .replace(/ts/g, 's')
    .replace(/[wb]/g, 'v')
    .replace(/f/g, 'p')
    .replace(/y/g, 'i')
    .replace(/z/g, 's')
    .replace(/h/g, 'g')
    .replace(/([aeiou])\1+/g, '$1');
}

const CLASSES: Record<string, string> = {
  p: 'P',
  b: 'P',
  f: 'P',
  v: 'P',
  w: 'P',
  k: 'K',
  g: 'K',
  s: 'S',
  z: 'S',
  j: 'S',
  t: 'T',
  d: 'T',
  h: 'H',
};

/** Consonants to classes, vowels gone, a class written twice in a row once. */
const classes = (spelled: string) =>
  spelled.replace(/[a-z]/g, (c) => CLASSES[c] ?? (/[aeiouy]/.test(c) ? '' : c)).replace(/(.)\1+/g, '$1');

/**
 * A name's consonant skeletons: "warfarin" → "PrPrn". An x is read both as "ks" and as "s": Xarelto is
 * "קסרלטו" in Hebrew but "زارلتو" in Arabic and "জারেলটো" in Bengali.
 */
export function nameSkeletons(latin: string): string[] {
  const spelled = common(latin);
  return [...new Set([spelled.replace(/x/g, 'ks'), spelled.replace(/x/g, 's')].map(classes))];
}

// Letters Arabic and Hebrew join to the front of a word, as any-ascii spells them: Arabic "al-" (its
// alif is silent: "l"), "wa-", "bi-", "li-", "fa-" and their pairs ("للـ", "وال"); Hebrew ha-, be-,
// le-, u-, mi- and their pairs with ha-. Read only on words in those scripts.
const ARABIC_PREFIXES = ['l', 'll', 'w', 'wl', 'b', 'bl', 'f', 'fl'];
const HEBREW_PREFIXES = ['h', 'b', 'v', 'l', 'w', 'm', 'bh', 'vh', 'lh', 'wh', 'mh'];

/**
 * The skeletons a reader's word can stand for, each with how many letters were read as a prefix. A w
 * inside a word may be a consonant or a vowel (Arabic and Hebrew write o and u with it, Armenian u), so
 * both are tried, for up to three of them; in Arabic and Hebrew a prefix may be joined on. `written` is
 * the word as typed, for its script.
 */
export function readerSkeletons(written: string, latin: string): { skeleton: string; prefix: number }[] {
  const prefixes = /\p{Script=Arabic}/u.test(written)
    ? ARABIC_PREFIXES
    : /\p{Script=Hebrew}/u.test(written)
      ? HEBREW_PREFIXES
      : [];
  const readings: { skeleton: string; prefix: number }[] = [];
  for (const prefix of ['', ...prefixes]) {
    if (!latin.startsWith(prefix) || latin.length - prefix.length < 3) continue;
    const rest = latin.slice(prefix.length);
    const first = rest.slice(0, 1);
    const inner = rest.slice(1).split('w');
    // Each inner w kept or dropped, in at most 2³ ways.
    const ways = 2 ** Math.min(inner.length - 1, 3);
    for (let way = 0; way < ways; way++) {
      const word = inner.reduce((spelled, part, i) => spelled + ((way >> (i - 1)) & 1 ? 'w' : '') + part);
      for (const skeleton of nameSkeletons(first + word)) readings.push({ skeleton, prefix: prefix.length });
    }
  }
  return readings;
}
