/**
 * The fallback for a name the list does not know: the WHO INN stems of anticoagulants ("-xaban",
 * "-gatran", "-parin"…). A word carrying one is probably a blood thinner, to be checked with a
 * pharmacist. Word-final only, with a least length, so look-alikes that merely contain the letters
 * ("comparing", "heparinoid", "Hirudoid", "Parol", "phytomenadione") do not fire.
 */
import type { MedicationClass } from '../schema/medication';

export type AnticoagulantStem = {
  /** As the stem book writes it, e.g. "-xaban". */
  stem: string;
  /** A well-known medicine of the stem, for the reader: "a blood thinner of the apixaban type". */
  kind: string;
  classes: MedicationClass[];
};

type Rule = AnticoagulantStem & { ending: RegExp; minLetters: number };

const VKA: MedicationClass[] = ['anticoagulant', 'vitamin-k-antagonist'];
const OTHER: MedicationClass[] = ['anticoagulant'];

// Endings of normalised words (lower case, no accents); "e" and "a" allow the French, Spanish and
// Italian forms ("énoxaparine", "dalteparina").
const RULES: Rule[] = [
  // Synthetic heparinoids (fondaparinux): checked before "-parin", which it does not end in.
  { stem: '-parinux', kind: 'heparin', classes: OTHER, ending: /parinux$/, minLetters: 9 },
  // Heparin derivatives; 8 letters at least, so "heparin" itself is a name and "Sparine" is not a stem.
  { stem: '-parin', kind: 'heparin', classes: OTHER, ending: /parin[ae]?$/, minLetters: 8 },
  // Factor Xa inhibitors; "ksaban" is the Polish and Nordic spelling.
  { stem: '-xaban', kind: 'apixaban', classes: OTHER, ending: /(?:xaban|ksaban)$/, minLetters: 7 },
  { stem: '-gatran', kind: 'dabigatran', classes: OTHER, ending: /gatran$/, minLetters: 8 },
  { stem: '-irudin', kind: 'hirudin', classes: OTHER, ending: /irudin[ae]?$/, minLetters: 7 },
  // The stem book's "-arol" (dicoumarol derivatives), only after "coumar"/"cumar": "Parol" and
  // "carol" end in "-arol" too.
  { stem: '-arol', kind: 'warfarin', classes: VKA, ending: /(?:coumar|cumar|kumar)ol[aeo]?$/, minLetters: 9 },
  // Indandiones (phenindione, fluindione); "-nadione" (phytomenadione, vitamin K itself) is not one.
  { stem: '-indione', kind: 'warfarin', classes: VKA, ending: /indion[ae]?$/, minLetters: 9 },
];

/** The anticoagulant stem one normalised word carries, if any. */
export function anticoagulantStemOf(word: string): AnticoagulantStem | undefined {
  const letters = [...word].length;
  const rule = RULES.find((r) => letters >= r.minLetters && r.ending.test(word));
  return rule && { stem: rule.stem, kind: rule.kind, classes: rule.classes };
}
