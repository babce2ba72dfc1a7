/**
 * Normalises what a reader types off a label, for matching: case, accents, punctuation and label noise
 * (strengths, units, forms, salts, how-often words) go. Plain functions, so every layer can use them.
 */

// Label noise: strengths, units, dosage forms, salts and how-often words, in a few languages.
const NOISE = new Set(
  (
    'mg mcg μg ug g kg ml iu ui ie u unit units x ' +
    'tablet tablets tab tabs tbl tabletten filmtabletten comprime comprimes comprimido comprimidos compresse ' +
    'capsule capsules caps cap gelule gelules softgel softgels film coated chewable dispersible ' +
    'injection injections inj solution suspension oral syringe syringes prefilled pre filled pen pens ' +
    'sachet sachets powder granules ' +
    'sodium natrium potassium calcium hcl hydrochloride mesylate mesilate etexilate tosylate tosilate ' +
    'once twice daily day per od bd bid tid qd nightly'
  ).split(' '),
);

/** Lowercase, strip accents, and turn everything that is not a letter into single spaces. */
export function fold(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Only Latin-style combining accents: Japanese voicing marks and Indic vowel signs are letters' parts.
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}]+/gu, ' ')
      .trim()
  );
}

/** Normalises label text for matching: "XARELTO® 20 mg film-coated tablets" → "xarelto". */
export function normaliseMedicationText(text: string): string {
  return fold(text)
    .split(' ')
    .filter((word) => word !== '' && !NOISE.has(word))
    .join(' ');
}
