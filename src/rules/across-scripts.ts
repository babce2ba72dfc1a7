/**
 * Reads a medicine that must never be missed in any script or local spelling: the medicines whose
 * list entry is marked `acrossScripts`. Each word of the reader's text is read in Latin letters, then
 * matched by its spelling key (with a case ending: "rivaroxabana", "ενοξαπαρίνης", "гепарину") or, in
 * another script, by its consonant skeleton (with an Arabic or Hebrew prefix, or a case ending:
 * "الوارفارين", "ვარფარინთან"). A word that spells a medicine outside those, or only such a medicine's
 * skeleton, is never read as one of them: "метформин" is metformin.
 */
import type { Medication } from '../schema/medication';
import { nameSkeletons, readerSkeletons, spellingKey } from '../text/name-keys';
import { isLabelNoise } from '../text/normalise';
import { type ReadWord, wordsOf } from '../text/transliterate';
import { memo } from './memo';

/** A medicine read in the reader's text, with the reader's word that names it. */
export type ScriptMatch = { medication: Medication; written: string };

type Index = {
  /** Spelling keys of the names of the medicines read across scripts; `generic` ones only for Latin words. */
  keys: Map<string, Medication>;
  generic: Map<string, Medication>;
  skeletons: Map<string, Medication>;
  /** Spelling keys and skeletons of every other medicine's names: a word with one of them is that medicine. */
  others: Set<string>;
};

// Scripts written without spaces between words: a name is found at the start of, or inside, a longer run.
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const NOT_LATIN = /(?!\p{Script=Latin})\p{L}/u;
const ELSEWHERE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// A case ending may follow a spelling key this long, and a word's last consonants may be an ending.
const LEAST_ENDED_KEY = 7;
const LONGEST_ENDING = 2;
// Salts a label may write joined to the name ("Warfarinnatrium", "enoksaparinnatrij"), as spelling keys.
const JOINED_SALTS = ['natri', 'sodi', 'sodn', 'sodo', 'kalsi', 'kali', 'potas'];

/**
 * Words that stand for a medicine: its one-word names and misspellings, and a longer name's first word
 * when it is long ("эноксапарин натрия"); misspellings count, "wafarin" is how Thai pages spell warfarin.
 */
function nameWords(m: Medication): { latin: string; generic: boolean }[] {
  return [...m.names, ...m.misspellings.map((name) => ({ name, kind: 'misspelling' }))].flatMap(
    ({ name, kind }) => {
      const [first, ...rest] = wordsOf(name);
      if (!first || ELSEWHERE.test(name) || (rest.length > 0 && first.latin.length < LEAST_ENDED_KEY))
        return [];
      return [{ latin: first.latin, generic: kind === 'generic' }];
    },
  );
}

// Shorter skeletons are too common among words to stand for one medicine ("Hibor" is "HPr").
const LEAST_CLASSES = 4;

/**
 * Built on first use. A skeleton that two medicines share, or that a medicine outside these has, is
 * left out: it cannot tell them apart ("wafarin" has Bufferin's).
 */
function buildIndex(list: readonly Medication[]): Index {
  const keys = new Map<string, Medication>();
  const generic = new Map<string, Medication>();
  const owners = new Map<string, Medication | null>();
  const others = new Set<string>();
  for (const m of list) {
    for (const word of nameWords(m)) {
      const key = spellingKey(word.latin);
      const skeletons = nameSkeletons(word.latin);
      if (!m.acrossScripts) {
        others.add(key);
        for (const skeleton of skeletons) others.add(skeleton);
        continue;
      }
      if (word.latin.length >= 5) keys.set(key, m);
      if (word.generic) generic.set(key, m);
      for (const skeleton of skeletons)
        owners.set(skeleton, owners.has(skeleton) && owners.get(skeleton) !== m ? null : m);
    }
  }
  const skeletons = new Map<string, Medication>();
  for (const [skeleton, owner] of owners)
    if (owner && skeleton.length >= LEAST_CLASSES && !others.has(skeleton)) skeletons.set(skeleton, owner);
  for (const key of others) {
    keys.delete(key);
    generic.delete(key);
  }
  return { keys, generic, skeletons, others };
}

const indexFor = memo(buildIndex);

/**
 * The medicine a word's spelling key names: the name's key, or a long one with a case ending; in
 * another script also the name's key less its last vowel, with an ending ("ηπαρίνη", "ηπαρινών"). A
 * Latin word is read so only as a generic name ("rivaroxabana", "fondaparynuksem"): a brand's typo
 * ("Xareltoo") is a near miss, for the reader to confirm.
 */
function byKey(key: string, otherScript: boolean, index: Index): Medication | undefined {
  const keys = otherScript ? index.keys : index.generic;
  for (let ending = 0; ending <= LONGEST_ENDING; ending++) {
    const stem = key.slice(0, key.length - ending);
    if (ending > 0 && stem.length < LEAST_ENDED_KEY - (otherScript ? 1 : 0)) break;
    const named = keys.get(stem);
    if (named) return named;
    for (const vowel of otherScript ? 'aeiou' : '') {
      const withVowel = index.keys.get(stem + vowel);
      if (withVowel) return withVowel;
    }
  }
  for (let end = key.length - 3; end >= LEAST_ENDED_KEY; end--) {
    const named = keys.get(key.slice(0, end));
    if (named && JOINED_SALTS.some((salt) => key.startsWith(salt, end))) return named;
  }
  return undefined;
}

/** The medicine a word in another script names by its consonant skeleton, if one does. */
function bySkeleton(word: ReadWord, index: Index): Medication | undefined {
  const unspaced = UNSPACED.test(word.written);
  let best: { medication: Medication; cost: number } | undefined;
  for (const { skeleton, prefix } of readerSkeletons(word.written, word.latin)) {
    if (prefix === 0 && index.others.has(skeleton)) return undefined;
    for (let ending = 0; ending <= LONGEST_ENDING; ending++) {
      const stem = skeleton.slice(0, skeleton.length - ending);
      const medication = index.skeletons.get(stem);
      if (medication && stem.length >= 4 + Math.max(0, ending - 1)) {
        const cost = prefix + ending;
        if (!best || cost < best.cost) best = { medication, cost };
      }
    }
    if (unspaced) best ??= withinRun(skeleton, index);
  }
  return best?.medication;
}

/** A longer skeleton anywhere inside a run of an unspaced script ("ยาวาร์ฟารินเม็ด"). */
function withinRun(skeleton: string, index: Index): { medication: Medication; cost: number } | undefined {
  for (const [named, medication] of index.skeletons) {
    if (named.length >= 5 && skeleton.includes(named)) return { medication, cost: LONGEST_ENDING + 1 };
  }
  return undefined;
}

/**
 * Words to read: each word; a name typed twice ("warfarinwarfarin") as once; letters typed one by one
 * ("w a r f a r i n") joined.
 */
function candidates(words: ReadWord[]): ReadWord[] {
  const found: ReadWord[] = [];
  let letters: ReadWord[] = [];
  const joinLetters = () => {
    if (letters.length >= 4)
      found.push({
        written: letters.map((l) => l.written).join(' '),
        latin: letters.map((l) => l.latin).join(''),
      });
    letters = [];
  };
  for (const word of words) {
    if ([...word.written].length === 1) letters.push(word);
    else joinLetters();
    found.push(word);
    const half = word.latin.slice(0, word.latin.length / 2);
    if (word.latin.length >= 10 && word.latin === half + half)
      found.push({ written: word.written, latin: half });
  }
  joinLetters();
  return found;
}

/** The medicines read across scripts in `text`, in the order their words come. */
export function readAcrossScripts(text: string, list: readonly Medication[]): ScriptMatch[] {
  const index = indexFor(list);
  const matches: ScriptMatch[] = [];
  for (const word of candidates(wordsOf(text))) {
    if (word.latin.length < 3 || ELSEWHERE.test(word.written) || isLabelNoise(word.written)) continue;
    const key = spellingKey(word.latin);
    if (index.others.has(key)) continue;
    const otherScript = NOT_LATIN.test(word.written);
    const medication = byKey(key, otherScript, index) ?? (otherScript ? bySkeleton(word, index) : undefined);
    if (medication) matches.push({ medication, written: word.written });
  }
  return matches;
}
