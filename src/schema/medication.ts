import * as z from 'zod/mini';
import { DisplayText } from './display-text';

/** A medication class's id, as its medication list declares it, e.g. a WHO ATC group's plain name. */
export const MedicationClassId = z.string().check(z.regex(/^[a-z0-9-]+$/));
export type MedicationClassId = z.infer<typeof MedicationClassId>;

/** A regular expression's source, checked to compile. */
const Pattern = z.string().check(
  z.refine((source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'Not a regular expression'),
);

/**
 * A WHO INN stem of a class ("-xaban"): a word the list does not know, but ending so, probably belongs
 * to the class, to be checked with a pharmacist. Its guard keeps look-alikes out.
 */
export const InnStem = z.strictObject({
  /** As the stem book writes it, e.g. "-xaban". */
  stem: z.string().check(z.regex(/^-[a-z]+$/)),
  /** A well-known medicine of the stem, for the reader: "a blood thinner of the apixaban type". */
  kind: DisplayText,
  /** The ending of a normalised word (lower case, no accents) that carries the stem, e.g. "(?:xaban|ksaban)$". */
  ending: Pattern,
  /** The guard: a word with fewer letters never carries the stem, however it ends. */
  minLetters: z.number().check(z.int(), z.gte(4)),
  /** Words that end alike but are not of the class; the content checker proves none is read as the stem. */
  lookAlikes: z.array(z.string()).check(z.minLength(1)),
});
export type InnStem = z.infer<typeof InnStem>;

/** A class a medication list declares, for rules to ask about ("does the reader take any …?"). */
export const MedicationClass = z.strictObject({
  id: MedicationClassId,
  /** The class for reviewers, as a noun phrase: "an anticoagulant (blood thinner)". */
  name: z.string().check(z.minLength(1)),
  /** A narrower class inside another: each of its medications belongs to that one too. */
  within: z.optional(MedicationClassId),
  /**
   * Never to be missed: when one entry names several medicines, one of a critical class is reported
   * first (the critical classes in the order declared), and a near miss or a stem of one outranks other
   * medicines. A pack's `critical` names which one its cards answer for.
   */
  critical: z.optional(z.literal(true)),
  stems: z.optional(z.array(InnStem)),
});
export type MedicationClass = z.infer<typeof MedicationClass>;

/** The classes of a medication list, critical ones in the order they rank. */
export const MedicationClasses = z.readonly(z.array(MedicationClass));
export type MedicationClasses = z.infer<typeof MedicationClasses>;

export const MedicationName = z.object({
  /** As printed on a label, e.g. "Coumadin". */
  name: z.string().check(z.minLength(2)),
  kind: z.enum(['generic', 'brand']),
});
export type MedicationName = z.infer<typeof MedicationName>;

export const Medication = z.object({
  /** Stable id, e.g. "warfarin". */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** The generic name readers and pharmacists share, e.g. "warfarin"; shown in "why" lines. */
  generic: DisplayText,
  /** The WHO ATC code, e.g. "B01AA03": which group an anticoagulant or antiplatelet belongs to. */
  atc: z.optional(z.string().check(z.regex(/^[A-Z]\d{2}[A-Z]{2}\d{2}$/))),
  /** A plain description of the class for "why" lines, e.g. "a vitamin K antagonist blood thinner". */
  description: DisplayText,
  /** Ids of the classes it belongs to, declared beside the list. */
  classes: z.array(MedicationClassId),
  names: z.array(MedicationName).check(z.minLength(1)),
  /** Common misspellings read as this medication outright (not just suggested). */
  misspellings: z.array(z.string()),
  /**
   * A medicine that must never be missed: read in any script and local spelling, by its names'
   * spelling keys and consonant skeletons (src/rules/across-scripts.ts).
   */
  acrossScripts: z.optional(z.literal(true)),
  /** Stands for a medicine the reader could not name ("a blood thinner, not sure which"): ranked after named ones. */
  unnamed: z.optional(z.boolean()),
});
export type Medication = z.infer<typeof Medication>;

export const MedicationList = z.readonly(z.array(Medication));

/**
 * For reviewers only: where each name is used, by medication id and then name, as country codes
 * (ISO 3166, UK for the United Kingdom) or EU.
 */
export const NameOrigins = z.record(
  z.string(),
  z.record(z.string(), z.array(z.string().check(z.regex(/^[A-Z]{2}$/))).check(z.minLength(1))),
);
export type NameOrigins = z.infer<typeof NameOrigins>;
