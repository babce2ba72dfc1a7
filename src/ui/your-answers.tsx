import type { ComponentChildren } from 'preact';
import { recogniserFor } from '../rules/context';
import type { Answers, AnswerValue, MedicationEntry } from '../schema/answers';
import type { Content } from '../schema/article';
import type { Question } from '../schema/pack';
import { useMessages } from './messages/context';
import type { Messages } from './messages/messages';

type Props = { content: Content; answers: Answers; onEdit: (step: number) => void };

/**
 * An answer as the reader gave it: option labels, the number, or the medicine names as the chips show
 * them (without any strength or amount the reader typed, "Coumadin 5 mg" → "Coumadin").
 */
function answerText(
  content: Content,
  question: Question,
  value: AnswerValue,
  m: Messages,
): ComponentChildren {
  if (question.kind === 'medications') {
    const entries = value as MedicationEntry[];
    const recognise = recogniserFor(content.medications);
    const name = (e: MedicationEntry) => {
      const recognition = recognise(e.typed);
      return (recognition.status !== 'empty' && recognition.shown) || m.medications.unnamed;
    };
    // Each name in its own <bdi>, so one written right to left keeps its place in the list.
    return entries.length
      ? entries.map((e, i) => [i > 0 && m.listSeparator, <bdi key={e.typed}>{name(e)}</bdi>])
      : m.medications.none;
  }
  const ids = Array.isArray(value) ? (value as string[]) : [String(value)];
  return ids.map((id) => question.options.find((o) => o.id === id)?.label ?? id).join(m.listSeparator);
}

/** "Your answers": every answer given, each with Edit, which opens its step and comes straight back. */
export function YourAnswers({ content, answers, onEdit }: Props) {
  const { pack } = content;
  const m = useMessages();
  const r = m.results;
  // In the order the steps ask them.
  const answered = pack.steps.flatMap((s) =>
    pack.questions.filter((q) => q.step === s.id && answers[q.id] !== undefined),
  );
  return (
    <details class="pfw-answers">
      <summary>
        <h3>{r.yourAnswers}</h3>
      </summary>
      {answered.length ? (
        <dl>
          {answered.map((q) => (
            <div key={q.id} class="pfw-answer">
              <dt>{q.label}</dt>
              <dd>
                {answerText(content, q, answers[q.id] as AnswerValue, m)}{' '}
                <button
                  type="button"
                  class="pfw-link"
                  aria-label={`${r.edit}: ${q.label}`}
                  onClick={() => onEdit(pack.steps.findIndex((s) => s.id === q.step))}
                >
                  {r.edit}
                </button>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{r.noAnswers}</p>
      )}
    </details>
  );
}
