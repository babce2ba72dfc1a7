import type { MedicationReading } from '../rules/types';
import type { Answers, AnswerValue } from '../schema/answers';
import type { Content } from '../schema/article';
import { fill } from '../text/fill';
import { useMessages } from './messages/context';
import { uiKindOf } from './question-kinds';

type Props = {
  content: Content;
  answers: Answers;
  /** The medicine entries as the rules read them: shown as read, never recognised again here. */
  readings: MedicationReading[];
  onEdit: (step: number) => void;
};

/** "Your answers": every answer given, each with Edit, which opens its step and comes straight back. */
export function YourAnswers({ content, answers, readings, onEdit }: Props) {
  const { pack } = content;
  const t = useMessages();
  const r = t.results;
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
                {uiKindOf(q).answerText(q, answers[q.id] as AnswerValue, t, readings)}{' '}
                <button
                  type="button"
                  class="pfw-link"
                  aria-label={fill(r.editQuestion, { question: q.label })}
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
