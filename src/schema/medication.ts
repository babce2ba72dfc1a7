import * as z from 'zod/mini';
import { DisplayText } from './display-text';

/** Medication classes a pack's rules can ask about. */
export const MedicationClass = z.enum([
  /** Every anticoagulant, whatever its mechanism. */
  'anticoagulant',
  /** Warfarin and its relatives: vitamin K is their direct antagonist. */
  'vitamin-k-antagonist',
  /** Antiplatelets (ATC B01AC): often called blood thinners, but not anticoagulants. */
  'antiplatelet',
  /** Medicines that lower how much fat, and so fat-soluble vitamins, the gut absorbs. */
  'fat-absorption-reducer',
]);
export type MedicationClass = z.infer<typeof MedicationClass>;

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
  classes: z.array(MedicationClass),
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
