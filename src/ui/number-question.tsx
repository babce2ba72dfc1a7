import { useEffect, useState } from 'preact/hooks';
import { readNumber } from '../rules/read-number';
import type { AnswerValue } from '../schema/answers';
import type { Question } from '../schema/pack';
import { fill } from '../text/fill';
import { InputLabel } from './input-label';
import { useMessages } from './messages/context';
import { useUid } from './use-uid';

type Props = {
  question: Extract<Question, { kind: 'number' }>;
  value: AnswerValue | undefined;
  /** What the reader typed, if they typed since the answer was last set another way. */
  draft: string | undefined;
  onDraft: (text: string) => void;
  onAnswer: (value: AnswerValue | undefined) => void;
  /** The reader tried to go on, so show errors even in a field they have not left yet. */
  checking: boolean;
  /** The question's note for the answer so far (e.g. to a reader under 18), if it applies. */
  notice?: string | undefined;
};

/** How long a one-digit entry rests before its note shows: "7" may yet become "72". */
const SETTLE_MS = 800;

/** A number (age) as a text input: `type=number` spinners and silent coercion help nobody here. */
export function NumberQuestion({ question, value, draft, onDraft, onAnswer, checking, notice }: Props) {
  const m = useMessages();
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
          {fill(m.numberInvalid, { min: question.min, max: question.max })}
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
