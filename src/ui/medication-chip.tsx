import type { MedicationBook } from '../rules/medications';
import { recogniserFor } from '../rules/reading';
import {
  MEDICATION_TEXT_MAX,
  type MedicationEntry,
  type MedicationsQuestion,
} from '../schema/kinds/medications';
import { fill } from '../text/fill';
import { useMessages } from './messages/context';

type Props = {
  entry: MedicationEntry;
  book: MedicationBook;
  /** The pack's words for what an entry was read for. */
  notes: MedicationsQuestion['notes'];
  onRemove: () => void;
  onReplace: (entry: MedicationEntry) => void;
};

/** One medicine the reader listed: its name, a "did you mean …?" on a near miss, a remove button. */
export function MedicationChip({ entry, book, notes, onRemove, onReplace }: Props) {
  const t = useMessages().medications;
  // The rules' own cached recognition: the entry is recognised once, for the chip and the results alike.
  const recognition = recogniserFor(book)(entry.typed);
  // Shown back without any strength or amount ("Coumadin 5 mg" → "Coumadin"), and no longer than an
  // entry typed in the box may be; the rest was still read, and the reader is told how much is not shown.
  const chars = [...((recognition.status !== 'empty' && recognition.doseFree) || t.unnamed)];
  const cut = chars.length - MEDICATION_TEXT_MAX;
  const name = cut > 0 ? `${chars.slice(0, MEDICATION_TEXT_MAX).join('')}…` : chars.join('');
  const note = entry.id ? undefined : recognition;

  return (
    <li class="pfw-chip">
      <bdi class="pfw-chip-name">{name}</bdi>
      {note?.status === 'near-miss' && (
        <button
          type="button"
          class="pfw-link"
          onClick={() => onReplace({ typed: note.suggestion, id: note.medication.id })}
        >
          {fill(t.didYouMean, { name: note.suggestion })}
        </button>
      )}
      {note?.status === 'unrecognised' && <span class="pfw-chip-note">{t.unrecognised}</span>}
      {note?.status === 'stem' && <span class="pfw-chip-note">{notes.stem}</span>}
      {cut > 0 && <span class="pfw-chip-note">{fill(notes.cut, { cut: String(cut) })}</span>}
      <button type="button" class="pfw-remove" aria-label={fill(t.remove, { name })} onClick={onRemove} />
    </li>
  );
}
