import { useState } from 'preact/hooks';
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
};

/** A number (age) as a text input: `type=number` spinners and silent coercion help nobody here. */
export function NumberQuestion({ question, value, draft, onDraft, onAnswer, checking }: Props) {
  const m = useMessages();
  const id = useUid();
  const [left, setLeft] = useState(false);
  const text = draft ?? (typeof value === 'number' ? String(value) : '');
  const error = (left || checking) && readNumber(text, question).invalid;
  const describedBy = [question.hint && `${id}h`, error && `${id}e`].filter(Boolean).join(' ');

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
