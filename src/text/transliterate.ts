/**
 * Reads the words of a reader's text in any script as Latin letters, for matching a medicine's name
 * written in another alphabet: "وارفارين" → "wrfryn", "ηπαρίνη" → "iparini", "हेपरिन" → "heprin".
 * Each word keeps what the reader wrote, to be shown back.
 */
import { ETHIOPIC_ROWS, TRANSLITERATION } from './transliteration-table';

/** A word of the reader's text: as written, and its Latin spelling (lower case, a–z only; may be empty). */
export type ReadWord = { written: string; latin: string };

let table: Map<number, string> | undefined;
function spellingOf(code: number): string | undefined {
  if (!table) {
    const built = new Map<number, string>();
    for (const [first, spellings] of TRANSLITERATION) {
      spellings.split(' ').forEach((spelling, i) => {
        built.set(first + i, spelling);
      });
    }
    const [ethiopic, consonants, vowels] = ETHIOPIC_ROWS;
    const columns = vowels.split(' ');
    consonants.split(' ').forEach((consonant, row) => {
      columns.forEach((vowel, column) => {
        built.set(ethiopic + row * 8 + column, consonant + vowel);
      });
    });
    table = built;
  }
  return table.get(code);
}

// Letter pairs whose sound is not the sum of their letters': Greek writes b, d and g as "μπ", "ντ"
// and "γκ", and u as "ου"; Bengali writes w as "ওয়" ("ওয়ারফারিন", warfarin); Khmer f as "ហ្វ".
const PAIRS: [RegExp, string][] = [
  [/μπ/g, 'b'],
  [/ντ/g, 'd'],
  [/γκ/g, 'g'],
  [/ου/g, 'u'],
  [/ওয়/g, 'w'],
  [/ហ្វ/g, 'f'],
];

/**
 * One word in Latin letters, a–z only: accents off, then each letter in the table by its spelling (a
 * letter with none is left out).
 */
export function toLatin(word: string): string {
  let spelled = word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  for (const [pair, latin] of PAIRS) spelled = spelled.replace(pair, latin);
  let latin = '';
  for (const c of spelled) latin += spellingOf(c.codePointAt(0) as number) || c;
  return latin.replace(/[^a-z]/g, '');
}

/**
 * The words of `text`: runs of letters and their marks, after compatibility forms are read as plain
 * ones (fullwidth, Arabic presentation forms) and invisible characters (zero-width joiners, direction
 * marks) and the Arabic tatweel are taken out, so they never split a word.
 */
export function wordsOf(text: string): ReadWord[] {
  const plain = text.normalize('NFKC').replace(/[\p{Cf}\u0640]/gu, '');
  return [...plain.matchAll(/[\p{L}\p{M}]+/gu)].map(([written]) => ({ written, latin: toLatin(written) }));
}
