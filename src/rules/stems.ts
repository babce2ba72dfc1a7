/**
 * The fallback for a name the list does not know: the WHO INN stems its classes declare ("-xaban",
 * "-parin"…). A word carrying one probably belongs to the class, to be checked with a pharmacist. Each
 * stem brings its guard: a least length and the ending as a pattern, so look-alikes that merely contain
 * the letters do not fire.
 */
import type { MedicationClasses, MedicationClassId } from '../schema/medication';
import { memo } from './memo';

export type ClassStem = {
  /** As the stem book writes it, e.g. "-xaban". */
  stem: string;
  /** A well-known medicine of the stem, for the reader. */
  kind: string;
  /** The class that declares the stem and every class it is within. */
  classes: MedicationClassId[];
};

type Rule = ClassStem & { ending: RegExp; minLetters: number };

/** The class `id` and the classes it is within, innermost first. */
export function classAndParents(classes: MedicationClasses, id: MedicationClassId): MedicationClassId[] {
  const found: MedicationClassId[] = [];
  for (let at: string | undefined = id; at !== undefined && !found.includes(at); ) {
    found.push(at);
    at = classes.find((c) => c.id === at)?.within;
  }
  return found;
}

// Compiled on first use, once per list of classes.
const rulesFor = memo((classes: MedicationClasses): Rule[] =>
  classes.flatMap((declared) =>
    (declared.stems ?? []).map(({ stem, kind, ending, minLetters }) => ({
      stem,
      kind,
      classes: classAndParents(classes, declared.id),
      ending: new RegExp(ending, 'u'),
      minLetters,
    })),
  ),
);

/** The stem one normalised word carries, if any, with the classes it stands for. */
export function stemOf(word: string, classes: MedicationClasses): ClassStem | undefined {
  const letters = [...word].length;
  const rule = rulesFor(classes).find((r) => letters >= r.minLetters && r.ending.test(word));
  return rule && { stem: rule.stem, kind: rule.kind, classes: rule.classes };
}
