import { useMemo } from 'preact/hooks';
import { removeDosingLanguage } from '../rules/dosing-guard';
import { fill } from '../rules/fill';
import { recogniseMedication } from '../rules/medications';
import type { MedicationEntry } from '../schema/answers';
import { useMessages } from './messages/context';

type Props = {
  entry: MedicationEntry;
  onRemove: () => void;
  onReplace: (entry: MedicationEntry) => void;
};

/** The name a reader typed, shown back without any strength or amount ("Coumadin 5 mg" → "Coumadin"). */
export const shownName = (typed: string, fallback: string) => removeDosingLanguage(typed) || fallback;

/** One medicine the reader listed: its name, a "did you mean …?" on a near miss, a remove button. */
export function MedicationChip({ entry, onRemove, onReplace }: Props) {
  const m = useMessages().medications;
  const name = shownName(entry.typed, m.unnamed);
  // Once per entry, not per render: the near-miss search is the costly part of recognition.
  const recognition = useMemo(
    () => (entry.id ? undefined : recogniseMedication(entry.typed)),
    [entry.typed, entry.id],
  );

  return (
    <li class="pfw-chip">
      <span class="pfw-chip-name">{name}</span>
      {recognition?.status === 'near-miss' && (
        <button
          type="button"
          class="pfw-link"
          onClick={() => onReplace({ typed: recognition.suggestion, id: recognition.medication.id })}
        >
          {fill(m.didYouMean, { name: recognition.suggestion })}
        </button>
      )}
      {recognition?.status === 'unrecognised' && <span class="pfw-chip-note">{m.unrecognised}</span>}
      <button type="button" class="pfw-remove" aria-label={fill(m.remove, { name })} onClick={onRemove} />
    </li>
  );
}
