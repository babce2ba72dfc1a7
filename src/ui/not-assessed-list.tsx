import type { NotAssessed } from '../rules/assess';
import type { Pack } from '../schema/pack';
import { fill } from '../text/fill';
import { useMessages } from './messages/context';

type Props = { items: NotAssessed[]; pack: Pack; onGoTo: (step: number) => void };

/** Caveats a skipped or "don't know" answer left open, each with the way back to the question that decides it; closed at first. */
export function NotAssessedList({ items, pack, onGoTo }: Props) {
  const t = useMessages();
  const r = t.results;
  if (!items.length) return null;
  return (
    <details class="pfw-not-assessed">
      <summary>
        <h3>{fill(r.notAssessedHeading, { count: items.length })}</h3>
      </summary>
      <p>{r.notAssessedIntro}</p>
      <ul>
        {items.map(({ caveat, missing }) => {
          const questions = pack.questions.filter((q) => missing.includes(q.id));
          const step = pack.steps.findIndex((s) => questions.some((q) => q.step === s.id));
          return (
            <li key={caveat.id}>
              <strong>{caveat.title}</strong>
              <p class="pfw-hint">
                {fill(r.decidedBy, {
                  questions: questions.map((q) => q.label).join(t.listSeparator),
                })}
              </p>
              {step >= 0 && (
                <button type="button" class="pfw-link" onClick={() => onGoTo(step)}>
                  {fill(r.goTo, { step: pack.steps[step]?.title ?? '' })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
