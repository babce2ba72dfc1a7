import type { Medication } from '../schema/medication';
import type { Pack } from '../schema/pack';

/** A medicine's generic name and description in the pack's locale: the pack's words, else the list's. */
export const medicationWords = (
  pack: Pick<Pack, 'medicationText'>,
  medication: Medication,
): { generic: string; description: string } => pack.medicationText?.[medication.id] ?? medication;
