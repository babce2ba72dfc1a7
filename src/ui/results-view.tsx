import { useRef } from 'preact/hooks';
import type { Assessment } from '../rules/assess';
import type { Answers } from '../schema/answers';
import type { Content } from '../schema/article';
import { fill } from '../text/fill';
import { CaveatCard } from './caveat-card';
import { useMessages } from './messages/context';
import { NotAssessedList } from './not-assessed-list';
import { PrescriberSummary } from './prescriber-summary';
import { takeAwayOf } from './take-away';
import { TopFindings } from './top-findings';

type Props = {
  content: Content;
  answers: Answers;
  locale: string;
  assessment: Assessment;
  sectionHref: (sectionId: string) => string;
  print: () => void;
  onGoTo: (step: number) => void;
  onStartOver: () => void;
};

/**
 * Everything under the results heading, most important first: what matters most, the cards
 * (interaction open, cautions in short, background grouped and closed), the take-away, what we
 * couldn't check.
 */
export function ResultsView({
  content,
  answers,
  locale,
  assessment,
  sectionHref,
  print,
  onGoTo,
  onStartOver,
}: Props) {
  const { pack } = content;
  const m = useMessages();
  const r = m.results;
  const root = useRef<HTMLDivElement>(null);
  const { findings } = assessment;
  const background = findings.filter((f) => f.caveat.severity === 'info');
  const card = (finding: Assessment['findings'][number], level?: 5) => (
    <CaveatCard
      key={finding.caveat.id}
      finding={finding}
      pack={pack}
      sectionHref={sectionHref}
      level={level}
    />
  );
  const show = (target: string) => {
    const selector = target === 'take-away' ? '.pfw-summary' : `[data-caveat="${target}"]`;
    const element = root.current?.querySelector<HTMLElement>(selector);
    const group = element?.closest('details');
    if (group) group.open = true;
    element?.focus();
  };

  return (
    <div class="pfw-results" part="results" ref={root}>
      <TopFindings findings={findings} onShow={show} />
      {findings.filter((f) => f.caveat.severity !== 'info').map((f) => card(f))}
      {background.length > 0 && (
        <details class="pfw-group">
          <summary>
            <h4>{fill(r.backgroundGroup, { count: background.length })}</h4>
          </summary>
          {background.map((f) => card(f, 5))}
        </details>
      )}
      {assessment.unrecognisedMedications.length > 0 && (
        <section>
          <h3>{r.unrecognisedHeading}</h3>
          <ul>
            {assessment.unrecognisedMedications.map(({ text, shown }) => (
              <li key={text}>{fill(r.unrecognised, { name: shown || m.medications.unnamed })}</li>
            ))}
          </ul>
        </section>
      )}
      <PrescriberSummary takeAway={takeAwayOf(content, answers, assessment, m, locale)} print={print} />
      <NotAssessedList items={assessment.notAssessed} pack={pack} onGoTo={onGoTo} />
      <div class="pfw-nav">
        <button type="button" class="pfw-button" onClick={() => onGoTo(pack.steps.length - 1)}>
          {r.change}
        </button>
        <button type="button" class="pfw-button" onClick={onStartOver}>
          {r.startOver}
        </button>
      </div>
    </div>
  );
}
