import { useRef } from 'preact/hooks';
import { medicationWords } from '../../rules/medication-words';
import type { MedicationEntry } from '../../schema/answers';
import type { MedicationsQuestion } from '../../schema/kinds/medications';
import { sameTyped } from '../../text/same-typed';
import { InputLabel } from '../input-label';
import { MedicationChip } from '../medication-chip';
import { MedicationCombobox } from '../medication-combobox';
import { useMessages } from '../messages/context';
import { useUid } from '../use-uid';
import type { QuestionProps, UiKind } from './kind';

const same = (a: MedicationEntry, b: MedicationEntry) => sameTyped(a.typed, b.typed);

/**
 * Medicines as typed off the label, the pack's shortcuts and "none". `[]` means "none";
 * no answer at all means skipped, which the rules treat differently.
 */
function Medications({ question, book, value, onAnswer }: QuestionProps<MedicationsQuestion>) {
  const t = useMessages().medications;
  const id = useUid();
  const input = useRef<HTMLInputElement>(null);
  const entries = (value as MedicationEntry[] | undefined) ?? [];
  const shortcutEntries = question.shortcuts.map((s) => ({ typed: s.label, id: s.medication }));
  // One test for "is this a shortcut?", for the chips and the shortcut boxes alike.
  const isShortcut = (e: MedicationEntry) => shortcutEntries.some((s) => same(s, e));
  const set = (next: MedicationEntry[]) => onAnswer(next.length ? next : undefined);
  // A chip's button goes away when pressed: focus returns to the medicine box, not to the page.
  const setFromChip = (next: MedicationEntry[]) => {
    set(next);
    input.current?.focus();
  };
  const chips = entries.filter((e) => !isShortcut(e));
  const add = (added: MedicationEntry[]) => {
    const next = [...entries];
    for (const entry of added) if (!next.some((e) => same(e, entry))) next.push(entry);
    if (next.length !== entries.length) set(next);
  };

  return (
    <div class="pfw-question">
      <InputLabel id={id} question={question} />
      <MedicationCombobox
        inputId={`${id}i`}
        describedBy={question.hint && `${id}h`}
        inputRef={input}
        medications={book.medications}
        genericOf={(medication) => medicationWords(book.pack, medication).generic}
        onAdd={add}
      />
      {chips.length > 0 && (
        <ul class="pfw-chips">
          {chips.map((entry) => (
            <MedicationChip
              key={entry.typed}
              entry={entry}
              book={book}
              notes={question.notes}
              onRemove={() => setFromChip(entries.filter((e) => e !== entry))}
              onReplace={(next) =>
                setFromChip(
                  entries.some((e) => same(e, next))
                    ? entries.filter((e) => e !== entry) // already listed: just drop the misspelling
                    : entries.map((e) => (e === entry ? next : e)),
                )
              }
            />
          ))}
        </ul>
      )}
      {shortcutEntries.map((entry) => {
        return (
          <label key={entry.id} class="pfw-choice">
            <input
              type="checkbox"
              checked={entries.some((e) => same(e, entry))}
              onChange={(e) =>
                e.currentTarget.checked ? add([entry]) : set(entries.filter((x) => !same(x, entry)))
              }
            />
            {entry.typed}
          </label>
        );
      })}
      <label class="pfw-choice">
        <input
          type="checkbox"
          checked={Array.isArray(value) && value.length === 0}
          onChange={(e) => onAnswer(e.currentTarget.checked ? [] : undefined)}
        />
        {t.none}
      </label>
    </div>
  );
}

export const medications = {
  names: ['medications'],
  Question: Medications,
  // As read, without any strength or amount the reader typed ("Coumadin 5 mg" → "Coumadin"); each
  // name in its own <bdi>, so one written right to left keeps its place in the list.
  answerText: (question, _value, messages, readings) => {
    const names = readings
      .filter((r) => r.question === question.id)
      .map(
        ({ recognition }) =>
          (recognition.status !== 'empty' && recognition.doseFree) || messages.medications.unnamed,
      );
    return names.length
      ? names.map((name, i) => [i > 0 && messages.listSeparator, <bdi key={i}>{name}</bdi>])
      : messages.medications.none;
  },
} satisfies UiKind<MedicationsQuestion>;
