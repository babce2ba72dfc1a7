/**
 * Spanish syllables, for the Fernández-Huerta reading-ease score. A small function of our own rather
 * than a package: the ones published pull test frameworks in as dependencies, and divide "inyección"
 * and "inhibidor" unlike the dictionary.
 *
 * `syllabify(word)` divides one written Spanish word the way a dictionary does (the RAE's orthographic
 * division):
 * - vowels: a, e, o (and á, é, ó) are strong; i, u, ü are weak; í and ú (a written accent on a weak
 *   vowel) break a diphthong (país, río, reúne).
 * - two strong vowels are a hiatus (le-er, po-e-ta, a-e-ro-puer-to); strong + weak, weak + strong and
 *   weak + weak are one syllable (a-gua, cui-da-do, ciu-dad); weak + strong + weak is a triphthong
 *   (buey, U-ru-guay, a-ve-ri-guáis). A silent h between vowels does not break a diphthong (ahu-ma-do,
 *   prohi-bir) nor make a hiatus (al-co-hol splits before the h).
 * - "qu" and "gu" before e or i are one consonant (the u is silent: que-so, gui-so, guí-a); "gü" keeps
 *   its vowel (pin-güi-no). "ch", "ll" and "rr" are one consonant each.
 * - y is a vowel at the end of a word or before a consonant (hoy, muy, rey, "y"), a consonant before a
 *   vowel (re-yes, ya).
 * - between two vowels: one consonant goes with the next vowel (ca-sa); two split (ar-te) unless they
 *   are an inseparable pair, a consonant + l or r (pr, br, tr, dr, cr, gr, fr, kr, pl, bl, cl, gl, fl,
 *   kl: pro-ble-ma, a-trac-ción); three: the last two go on if inseparable (hom-bre, com-pra), else the
 *   last one (ins-tan-te); four: two and two (ins-tru-men-to, obs-truc-ción).
 *
 * Prefixes divided by their parts (sub-ra-yar, des-a-mor) are divided by the general rule instead
 * (su-bra-yar, de-sa-mor): both are allowed, and the number of syllables is the same.
 *
 * `countSyllables(token)` counts a token of running text: a word, a number ("18" is "dieciocho", 3),
 * an abbreviation spelled letter by letter ("MK-4" is "eme-ka-cuatro", 5; "D3" is "de tres", 2), or a
 * unit ("mg" is "miligramos", 4).
 */

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
const ACCENTED_WEAK = new Set(['í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü']);
const isVowelLetter = (c: string | undefined) =>
  c !== undefined && (STRONG.has(c) || ACCENTED_WEAK.has(c) || WEAK.has(c));
const FRONT = new Set(['e', 'i', 'é', 'í']);
/** Consonant + l or r pairs that start a syllable together. */
const INSEPARABLE = new Set([
  'pr',
  'br',
  'tr',
  'dr',
  'cr',
  'gr',
  'fr',
  'kr',
  'pl',
  'bl',
  'cl',
  'gl',
  'fl',
  'kl',
]);

type Unit =
  | { text: string; vowel: false }
  | { text: string; vowel: true; kind: 'S' | 'A' | 'W'; base: string };

/** Lowercase, keep Spanish letters; other Latin accents (à, ç, ô…) lose their mark. */
function cleanWord(word: string): string {
  return [...word.normalize('NFC').toLowerCase()]
    .map((c) => {
      if (/[a-zñáéíóúü]/.test(c)) return c;
      const bare = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return /^[a-z]$/.test(bare) ? bare : '';
    })
    .join('');
}

function vowelUnit(c: string): Unit {
  const kind = STRONG.has(c) ? 'S' : ACCENTED_WEAK.has(c) ? 'A' : 'W';
  return { text: c, vowel: true, kind, base: c };
}

/** The word as consonant and vowel units: digraphs joined, silent u folded into its consonant. */
function unitsOf(word: string): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    const next = word[i + 1];
    const after = word[i + 2];
    const pair = c + (next ?? '');
    if (pair === 'ch' || pair === 'll' || pair === 'rr') {
      units.push({ text: pair, vowel: false });
      i++;
    } else if ((c === 'q' || c === 'g') && next === 'u' && after !== undefined && FRONT.has(after)) {
      // que, qui, gue, gui, guí: the u is silent.
      units.push({ text: pair, vowel: false });
      i++;
    } else if (c === 'q' && next === 'u') {
      // "quórum", "quásar": qu before a or o is pronounced, so the u is a vowel.
      units.push({ text: 'q', vowel: false });
    } else if (c === 'y') {
      // A consonant before a vowel (ya, reyes), a vowel elsewhere (hoy, muy, y).
      if (isVowelLetter(next)) units.push({ text: 'y', vowel: false });
      else units.push({ text: 'y', vowel: true, kind: 'W', base: 'i' });
    } else if (isVowelLetter(c)) {
      units.push(vowelUnit(c));
    } else {
      units.push({ text: c, vowel: false });
    }
  }
  return units;
}

/** Can vowel `v` join the nucleus whose vowels are `nucleus` (a diphthong or triphthong)? */
function joins(nucleus: Extract<Unit, { vowel: true }>[], v: Extract<Unit, { vowel: true }>): boolean {
  const hasPeak = nucleus.some((u) => u.kind === 'S' || u.kind === 'A');
  const last = nucleus[nucleus.length - 1] as Extract<Unit, { vowel: true }>;
  if (v.kind === 'S' || v.kind === 'A') return !hasPeak && last.kind === 'W';
  // A weak vowel: joins unless it repeats the weak vowel before it (chi-i-ta) or follows an
  // accented weak vowel that already stands alone (rí-o is handled by the peak rule above).
  if (last.kind === 'W' && last.base === v.base) return false;
  // After a triphthong's closing weak vowel nothing more can join.
  const weakAfterPeak = hasPeak && last.kind === 'W';
  return !weakAfterPeak;
}

/** The dictionary division of one written word (letters only), e.g. "cuidado" → ["cui", "da", "do"]. */
export function syllabify(word: string): string[] {
  const w = cleanWord(word);
  if (w === '') return [];
  const units = unitsOf(w);

  // Walk the units into a sequence of consonant clusters and nuclei: C* (N C*)*.
  type Nucleus = { units: Unit[]; vowels: Extract<Unit, { vowel: true }>[] };
  const clusters: Unit[][] = [[]];
  const nuclei: Nucleus[] = [];
  let open: Nucleus | undefined; // the nucleus being built, while no consonant (bar a silent h) breaks it
  let pendingH: Unit[] = []; // an h after a vowel, not yet known to be inside a vowel run

  for (const u of units) {
    if (u.vowel) {
      if (open && joins(open.vowels, u)) {
        open.units.push(...pendingH, u);
        open.vowels.push(u);
      } else {
        // A new nucleus: an h waiting between the vowels starts the new syllable (al-co-hol).
        if (open) clusters.push([]);
        (clusters[clusters.length - 1] as Unit[]).push(...pendingH);
        open = { units: [u], vowels: [u] };
        nuclei.push(open);
      }
      pendingH = [];
    } else if (u.text === 'h' && open) {
      pendingH.push(u);
    } else {
      if (open) {
        clusters.push([...pendingH]);
        open = undefined;
      } else {
        (clusters[clusters.length - 1] as Unit[]).push(...pendingH);
      }
      pendingH = [];
      (clusters[clusters.length - 1] as Unit[]).push(u);
    }
  }
  if (pendingH.length > 0) {
    if (open) clusters.push([...pendingH]);
    else (clusters[clusters.length - 1] as Unit[]).push(...pendingH);
  } else if (open) clusters.push([]);

  if (nuclei.length === 0) return [w];

  // clusters[0] is the onset of the first syllable, clusters[nuclei.length] the coda of the last one,
  // and clusters[i] (0 < i < nuclei.length) lies between nucleus i-1 and nucleus i.
  const syllables: string[] = nuclei.map((n) => n.units.map((u) => u.text).join(''));
  const text = (us: Unit[]) => us.map((u) => u.text).join('');
  syllables[0] = text(clusters[0] ?? []) + syllables[0];
  for (let i = 1; i < nuclei.length; i++) {
    const between = clusters[i] ?? [];
    const cut = splitPoint(between);
    syllables[i - 1] += text(between.slice(0, cut));
    syllables[i] = text(between.slice(cut)) + syllables[i];
  }
  syllables[nuclei.length - 1] += text(clusters[nuclei.length] ?? []);
  return syllables;
}

/** How many consonants of a cluster between two vowels stay with the first syllable. */
function splitPoint(cluster: Unit[]): number {
  const n = cluster.length;
  const pairAt = (i: number) => (cluster[i]?.text ?? '') + (cluster[i + 1]?.text ?? '');
  if (n <= 1) return 0;
  if (n === 2) return INSEPARABLE.has(pairAt(0)) ? 0 : 1;
  if (n === 3) return INSEPARABLE.has(pairAt(1)) ? 1 : 2;
  return n - 2;
}

// ---------------------------------------------------------------------------------------------
// Tokens of running text: numbers, abbreviations, units.

/** Letters as they are named in Spanish, for abbreviations read letter by letter ("MK" → "eme ka"). */
const LETTER_NAMES: Record<string, string> = {
  a: 'a',
  b: 'be',
  c: 'ce',
  d: 'de',
  e: 'e',
  f: 'efe',
  g: 'ge',
  h: 'hache',
  i: 'i',
  j: 'jota',
  k: 'ka',
  l: 'ele',
  m: 'eme',
  n: 'ene',
  ñ: 'eñe',
  o: 'o',
  p: 'pe',
  q: 'cu',
  r: 'erre',
  s: 'ese',
  t: 'te',
  u: 'u',
  v: 'uve',
  w: 'uve doble',
  x: 'equis',
  y: 'ye',
  z: 'zeta',
};

/** Abbreviations and units, read as the words they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  mg: 'miligramos',
  mcg: 'microgramos',
  µg: 'microgramos',
  μg: 'microgramos',
  ug: 'microgramos',
  ml: 'mililitros',
  ui: 'unidades internacionales',
  kg: 'kilos',
  g: 'gramos',
  dr: 'doctor',
  dra: 'doctora',
  sr: 'señor',
  sra: 'señora',
  etc: 'etcétera',
  ej: 'ejemplo',
  // "factor Xa" is read "factor diez a".
  xa: 'diez a',
};

const UNITS = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

function below1000(n: number): string {
  if (n === 100) return 'cien';
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (h > 0) parts.push(HUNDREDS[h] as string);
  if (rest > 0 || h === 0) {
    if (rest < 30) parts.push(UNITS[rest] as string);
    else
      parts.push(
        TENS[Math.floor(rest / 10)] as string,
        ...(rest % 10 ? ['y', UNITS[rest % 10] as string] : []),
      );
  }
  return parts.join(' ');
}

/** A whole number in Spanish words: 18 → "dieciocho", 1000 → "mil", 2500 → "dos mil quinientos". */
export function numberToSpanish(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`Not a whole number: ${n}`);
  if (n < 1000) return below1000(n);
  if (n < 1_000_000) {
    const thousands = Math.floor(n / 1000);
    const rest = n % 1000;
    const head = thousands === 1 ? 'mil' : `${below1000(thousands)} mil`;
    return rest ? `${head} ${below1000(rest)}` : head;
  }
  const millions = Math.floor(n / 1_000_000);
  const rest = n % 1_000_000;
  const head = millions === 1 ? 'un millón' : `${numberToSpanish(millions)} millones`;
  return rest ? `${head} ${numberToSpanish(rest)}` : head;
}

const wordsSyllables = (words: string) =>
  words
    .split(/\s+/)
    .filter(Boolean)
    .reduce((sum, w) => sum + syllabify(w).length, 0);

/** Syllables of a number as written: "18", "1.000" (thousands dot), "2,5" (decimal comma: "dos coma cinco"). */
function numberSyllables(digits: string): number {
  // A dot or comma followed by exactly three digits groups thousands ("1.000", "5,000"); otherwise it is a decimal mark.
  if (/^\d{1,3}([.,\s]\d{3})+$/.test(digits))
    return wordsSyllables(numberToSpanish(Number(digits.replace(/\D/g, ''))));
  const [whole, fraction] = digits.split(/[.,]/);
  let count = wordsSyllables(numberToSpanish(Number(whole)));
  if (fraction !== undefined && fraction !== '')
    count += 2 /* coma */ + wordsSyllables(numberToSpanish(Number(fraction)));
  return count;
}

const hasVowel = (s: string) => /[aeiouáéíóúüy]/i.test(s);
const spelled = (letters: string) =>
  [...cleanWord(letters)].reduce((sum, c) => sum + wordsSyllables(LETTER_NAMES[c] ?? c), 0);

/** Syllables of one run of letters in a token (a word, or letters beside digits as in "MK" of "MK-4"). */
function letterRunSyllables(run: string, besideDigits: boolean): number {
  const lower = cleanWord(run);
  if (lower === '') return 0;
  const abbreviation = ABBREVIATIONS[run.toLowerCase()];
  if (abbreviation !== undefined) return wordsSyllables(abbreviation);
  // Read letter by letter: no vowel ("MK", "K", "D", "MGP"), or capitals next to digits ("D3", "B12").
  if (!hasVowel(lower) || (besideDigits && run === run.toUpperCase() && run.length <= 3)) {
    // A lone vowel-less lowercase letter is still its name; "y" alone is the word "y".
    return spelled(run);
  }
  return syllabify(lower).length;
}

/**
 * Syllables of a token of running text: a word, a hyphenated word ("omega-3"), a number, an
 * abbreviation or a unit. Punctuation around it is ignored.
 */
export function countSyllables(token: string): number {
  const t = token
    .normalize('NFC')
    .replace(/^[^\p{L}\p{N}µ]+|[^\p{L}\p{N}µ.]+$/gu, '')
    .replace(/\.$/, '');
  if (t === '') return 0;
  const known = ABBREVIATIONS[t.toLowerCase()];
  if (known !== undefined) return wordsSyllables(known);
  let total = 0;
  for (const part of t.split(/[-–/+]+/).filter(Boolean)) {
    // Letters and digits alternate in parts such as "D3", "B12", "MK7".
    const runs = part.match(/\d+(?:[.,]\d+)*|[\p{L}µ]+/gu) ?? [];
    const besideDigits = runs.some((r) => /^\d/.test(r)) && runs.length > 1;
    for (const run of runs) {
      total += /^\d/.test(run) ? numberSyllables(run) : letterRunSyllables(run, besideDigits);
    }
  }
  return total;
}
