/**
 * Normalises what a reader types off a label, for matching: compatibility forms (fullwidth letters),
 * case, accents, trade marks, invisible format characters, Cyrillic and Greek look-alikes of Latin
 * letters, punctuation and label noise (strengths, units, forms, salts, how-often words) go, in
 * English, Spanish and a few other languages, with the words a reader types around a name. Plain
 * functions, so every layer can use them.
 */
import { CONFUSABLE_PAIRS } from './confusables';

// Label noise: strengths, units, dosage forms, salts and how-often words, in a few languages, and in
// the scripts labels are printed in (tablets, capsules, injection, syringe, units, sodium: "أقراص",
// "таблетки", "เม็ด"), as the labels of tests/fixtures/medications/scripts.json print them.
const NOISE_WORDS =
  'mg mcg μg ug g kg ml iu ui ie u unit units x ' +
  'tablet tablets tab tabs tbl tabletten filmtabletten comprime comprimes comprimido comprimidos compresse ' +
  'capsule capsules caps cap gelule gelules softgel softgels film coated chewable dispersible ' +
  'injection injections inj solution suspension oral syringe syringes prefilled pre filled pen pens ' +
  'sachet sachets powder granules ' +
  'sodium natrium potassium calcium hcl hydrochloride mesylate mesilate etexilate tosylate tosilate ' +
  'once twice daily day per od bd bid tid qd nightly ' +
  'natrij natrijum natriy sodyum sodowa sodny tablett tabletta tablety tabletki comprimate ' +
  'أقراص таблетки เม็ด ' +
  // Spanish labels, folded ("cápsulas" is "capsulas"): forms, Spain's mark of a generic (EFG), salts,
  // units and how-often words.
  'comprimido recubierto recubiertos recubierta recubiertas pelicula capsula capsulas dura duras blanda blandas ' +
  'tableta tabletas pastilla pastillas pildora pildoras gragea grageas perla perlas sobre sobres ' +
  'gastrorresistente gastrorresistentes efervescente efervescentes masticable masticables dispersables ' +
  'bucodispersable bucodispersables orodispersable orodispersables liberacion prolongada modificada retard ' +
  'solucion inyectable inyectables jeringa jeringas precargada precargadas pluma plumas ampolla ampollas ' +
  'vial viales orales jarabe gotas polvo granulado envase caja blister efg generico ' +
  'sodico sodica potasico calcico calcica clorhidrato hidrocloruro mesilato besilato maleato etexilato tosilato ' +
  'miligramos microgramos gramos mililitros unidad unidades internacionales ' +
  'cada horas dia dias diario diaria veces vez noche manana desayuno cena ayunas';

// Words a Spanish reader types around a name ("tomo Sintrom", "mi Sintrom"): dropped when a name is
// left, so that "mi" or "uso" typed alone still reads, and still finds suggestions, as itself.
const READERS_WORDS = 'tomo tomaba tomando uso usaba mi mis me pongo inyecto';

// Words that join label noise to itself or to a name ("recubiertos con pelicula", "solucion inyectable
// en jeringa", "4 mg de warfarina"): dropped only next to noise, since names hold them too
// ("biscumacetato de etilo"). Not "a": after a name it is a letter ("vitamina A").
const JOINING_WORDS = 'de del con en por la el al los las';

const LATIN_LOOKALIKE = new Map<string, string>();
for (let i = 0; i < CONFUSABLE_PAIRS.length; ) {
  const from = String.fromCodePoint(CONFUSABLE_PAIRS.codePointAt(i) as number);
  LATIN_LOOKALIKE.set(from, CONFUSABLE_PAIRS[i + from.length] as string);
  i += from.length + 1;
}
const LOOKALIKES = new RegExp(`[${[...LATIN_LOOKALIKE.keys()].join('')}]`, 'gu');

/**
 * Lowercase, strip accents, trade marks and format characters, read look-alike letters as the Latin
 * ones they look like, and turn everything else that is not a letter into single spaces.
 */
export function fold(text: string): string {
  return (
    text
      // Before NFKD, which would spell "™" as the letters "TM" ("Xarelto™" → "xareltotm").
      .replace(/[™®℠©]/g, ' ')
      .normalize('NFKD')
      // Only Latin-style combining accents: Japanese voicing marks and Indic vowel signs are letters' parts.
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      // Zero-width spaces and joiners, direction marks, soft hyphens: invisible, so no word break either.
      .replace(/\p{Cf}/gu, '')
      // Unicode's confusables (TR39 skeletons) for Cyrillic and Greek: "wаrfarin" with a Cyrillic "а".
      // Names are folded the same way, so a name written wholly in Cyrillic still matches itself.
      .replace(LOOKALIKES, (c) => LATIN_LOOKALIKE.get(c) as string)
      // Letters keep their marks: an Indic or Thai vowel sign is part of its word.
      .replace(/[^\p{L}\p{M}]+/gu, ' ')
      .trim()
  );
}

// Folded as readers' words are: built on first use, after the look-alike table.
let noise: Set<string> | undefined;
const noiseWords = () => {
  noise ??= new Set(NOISE_WORDS.split(' ').map(fold));
  return noise;
};
const readersWords = new Set(READERS_WORDS.split(' '));
const joiningWords = new Set(JOINING_WORDS.split(' '));

/** True for a word of label noise ("tablets", "أقراص", "мг"), in any script. */
export const isLabelNoise = (word: string): boolean => noiseWords().has(fold(word));

/**
 * Which of `words` are noise: label noise, then joining words next to noise (repeatedly, so "por la"
 * in "por la noche" goes too).
 */
function noiseIn(words: string[]): boolean[] {
  const noisy = words.map((word) => noiseWords().has(word));
  for (let changed = true; changed; ) {
    changed = false;
    words.forEach((word, i) => {
      if (noisy[i] || !joiningWords.has(word) || !(noisy[i - 1] || noisy[i + 1])) return;
      noisy[i] = true;
      changed = true;
    });
  }
  return noisy;
}

/** Normalises label text for matching: "XARELTO® 20 mg film-coated tablets" → "xarelto". */
export function normaliseMedicationText(text: string): string {
  const words = fold(text)
    .split(' ')
    .filter((word) => word !== '');
  const noisy = noiseIn(words);
  const kept = words.filter((_, i) => !noisy[i]);
  const named = kept.filter((word) => !readersWords.has(word));
  return (named.length > 0 ? named : kept).join(' ');
}
