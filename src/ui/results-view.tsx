import type { Assessment } from '../rules/assess';
import type { Content } from '../schema/article';
import { fill } from '../text/fill';
import { CaveatCard } from './caveat-card';
import { useMessages } from './messages/context';
import { NotAssessedList } from './not-assessed-list';
import { PrescriberSummary } from './prescriber-summary';

type Props = {
  content: Content;
  assessment: Assessment;
  sectionHref: (sectionId: string) => string;
  print: () => void;
  onGoTo: (step: number) => void;
  onStartOver: () => void;
};

/** Everything under the results heading: cards, what we couldn't check, the summary to take along. */
export function ResultsView({ content, assessment, sectionHref, print, onGoTo, onStartOver }: Props) {
  const { pack } = content;
  const m = useMessages();
  const r = m.results;
  return (
    <div class="pfw-results" part="results">
      {assessment.findings.map((finding) => (
        <CaveatCard key={finding.caveat.id} finding={finding} pack={pack} sectionHref={sectionHref} />
      ))}
      <NotAssessedList items={assessment.notAssessed} pack={pack} onGoTo={onGoTo} />
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
      <PrescriberSummary findings={assessment.findings} print={print} />
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
