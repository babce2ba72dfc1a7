import { useEffect, useState } from 'preact/hooks';
import type { NumberQuestion } from '../../schema/kinds/number';
import { fill } from '../../text/fill';
import { readNumber } from '../../text/read-number';
import { InputLabel } from '../input-label';
import { useMessages } from '../messages/context';
import { useUid } from '../use-uid';
import type { QuestionProps, UiKind } from './kind';

/** How long a one-digit entry rests before its note shows: "7" may yet become "72". */
const SETTLE_MS = 800;

/** A number (age) as a text input: `type=number` spinners and silent coercion help nobody here. */
function NumberInput({
  question,
  value,
  draft,
  onDraft,
  onAnswer,
  checking,
  notice,
}: QuestionProps<NumberQuestion>) {
  const t = useMessages();
  const id = useUid();
  const [left, setLeft] = useState(false);
  const text = draft ?? (typeof value === 'number' ? String(value) : '');
  const error = (left || checking) && readNumber(text, question).invalid;
  // The note shows once the number can no longer grow into another answer: two digits, a pause, or
  // the field left. Never on the keystroke that may still change it, so "72" does not flash "7"'s note.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    setSettled(false);
    const timer = setTimeout(() => setSettled(true), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const noted = notice !== undefined && (left || settled || text.trim().length >= 2);
  const describedBy = [question.hint && `${id}h`, error && `${id}e`, noted && `${id}n`]
    .filter(Boolean)
    .join(' ');

  return (
    <div class="pfw-question">
      <InputLabel id={id} question={question} />
      <input
        id={`${id}i`}
        class="pfw-input pfw-number"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={error || undefined}
        aria-describedby={describedBy || undefined}
        onInput={(e) => onDraft(e.currentTarget.value)}
        onBlur={() => setLeft(true)}
      />
      {error && (
        <p id={`${id}e`} class="pfw-error">
          {fill(t.numberInvalid, { min: question.min, max: question.max })}
        </p>
      )}
      {/* A live region from the first render, so the note is read out when it appears. */}
      <p id={`${id}n`} class="pfw-note" aria-live="polite">
        {noted ? notice : ''}
      </p>
      {question.options.map((option) => (
        <label key={option.id} class="pfw-choice">
          <input
            type="checkbox"
            checked={value === option.id}
            onChange={(e) => onAnswer(e.currentTarget.checked ? option.id : undefined)}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}

export const number = {
  names: ['number'],
  Question: NumberInput,
  answerText: (question, value) =>
    typeof value === 'number'
      ? String(value)
      : (question.options.find((o) => o.id === value)?.label ?? String(value)),
  readDraft: (question, text) => readNumber(text, question),
} satisfies UiKind<NumberQuestion>;
