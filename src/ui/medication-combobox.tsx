import type { Ref } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { entriesOf } from '../rules/kinds/medications';
import { suggestMedications } from '../rules/medications';
import { MEDICATION_TEXT_MAX, type MedicationEntry } from '../schema/kinds/medications';
import type { Medication } from '../schema/medication';
import { fill } from '../text/fill';
import { afterPress, trackPress } from './after-press';
import { useMessages } from './messages/context';

type Props = {
  /** Id for the input, so the question's label names it. */
  inputId: string;
  describedBy?: string | undefined;
  /** The input, for the question to return focus to when a chip's button goes away. */
  inputRef: Ref<HTMLInputElement>;
  medications: readonly Medication[];
  /** A medicine's generic name in the reader's locale, beside a brand among the suggestions. */
  genericOf: (medication: Medication) => string;
  /** Adds the entries, one per medicine: a typed or pasted list is split. */
  onAdd: (entries: MedicationEntry[]) => void;
};

/** Free-text medicine input with suggestions, following the ARIA 1.2 combobox (list autocomplete) pattern. */
export function MedicationCombobox({ inputId, describedBy, inputRef, medications, genericOf, onAdd }: Props) {
  const t = useMessages();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useMemo(() => suggestMedications(text, medications), [text, medications]);
  const expanded = open && suggestions.length > 0;
  const listId = `${inputId}-list`;
  const fullId = `${inputId}-full`;
  // The browser cuts a longer paste at maxLength; the reader is told rather than left to notice.
  const full = text.length >= MEDICATION_TEXT_MAX;
  const optionId = (i: number) => `${inputId}-opt${i}`;
  const pressing = useRef(false);
  useEffect(() => trackPress(window, (down) => (pressing.current = down)), []);

  const add = (entries: MedicationEntry[]) => {
    onAdd(entries);
    setText('');
    setOpen(false);
    setActive(-1);
  };
  // "Eliquis 5mg, metformn" is two chips, each recognised on its own.
  const addList = (list: string) => {
    const entries = entriesOf(list);
    if (entries.length) add(entries);
  };
  const addTyped = () => addList(text);
  const pick = (i: number) => {
    const s = suggestions[i];
    if (s) add([{ typed: s.name, id: s.medication.id }]);
  };
  // A pasted list with line breaks (a text box would join its lines into one name) or one longer than
  // the box holds (it would be cut) goes straight to chips, whole: nothing pasted is lost.
  const onPaste = (e: ClipboardEvent) => {
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    const box = e.currentTarget as HTMLInputElement;
    const whole =
      text.slice(0, box.selectionStart ?? text.length) + pasted + text.slice(box.selectionEnd ?? text.length);
    if (!/[\n\r]/.test(pasted) && whole.length <= MEDICATION_TEXT_MAX) return;
    e.preventDefault();
    addList(whole);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.isComposing) return; // Enter confirms an input method's characters (Chinese, Japanese…), not the entry
    const n = suggestions.length;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && n) {
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      setOpen(true);
      setActive((a) => (!expanded || a < 0 ? (down ? 0 : n - 1) : (a + (down ? 1 : n - 1)) % n));
    } else if (e.key === 'Enter') {
      e.preventDefault(); // never submit the step from here
      if (expanded && active >= 0) pick(active);
      else addTyped();
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setText('');
      setActive(-1);
    }
  };

  return (
    <div class="pfw-combo">
      <div class="pfw-row">
        <input
          ref={inputRef}
          id={inputId}
          class="pfw-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={[describedBy, full && fullId].filter(Boolean).join(' ') || undefined}
          autoComplete="off"
          // A phone keyboard must not "correct" a brand name or capitalise it; a name in a
          // right-to-left script is typed and shown right to left. Browsers have autocorrect as a
          // boolean property: '' sets it false, which they write as autocorrect="off".
          autocorrect=""
          autocapitalize="off"
          spellcheck={false}
          dir="auto"
          maxLength={MEDICATION_TEXT_MAX}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          // Leaving the box keeps what was typed, as an entry: a reader who types "warfarin" and
          // presses Next without Add must not lose it. The chip waits for the press to land, as it
          // pushes Next down. (Suggestion clicks keep focus, so never get here; switching to another
          // window blurs too, and keeps the half-typed text in the box instead.)
          onBlur={() => {
            setOpen(false);
            if (document.hasFocus() && text.trim()) afterPress(window, pressing.current, addTyped);
          }}
        />
        <button type="button" class="pfw-button" onClick={addTyped}>
          {t.medications.add}
        </button>
      </div>
      {full && (
        <p id={fullId} class="pfw-error" role="status">
          {fill(t.medications.tooLong, { max: MEDICATION_TEXT_MAX })}
        </p>
      )}
      <div
        id={listId}
        role="listbox"
        aria-label={t.medications.suggestions}
        class="pfw-listbox"
        hidden={!expanded}
      >
        {suggestions.map((s, i) => (
          // Options stay unfocusable and keyless: keyboard users move through them from the input
          // (aria-activedescendant), as the combobox pattern asks.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the input
          <div
            key={s.name}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class="pfw-option"
            onMouseDown={(e) => e.preventDefault()} // keep focus in the input
            onClick={() => pick(i)}
          >
            {s.name}
            {s.name.toLowerCase() !== genericOf(s.medication).toLowerCase() && (
              <span class="pfw-hint"> {genericOf(s.medication)}</span>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
