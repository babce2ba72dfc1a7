import type { Assessment } from '../rules/assess';
import { fill } from '../rules/fill';
import type { Pack } from '../schema/pack';
import { CaveatCard } from './caveat-card';
import { shownName } from './medication-chip';
import { useMessages } from './messages/context';
import { NotAssessedList } from './not-assessed-list';
import { PrescriberSummary } from './prescriber-summary';

type Props = {
  pack: Pack;
  assessment: Assessment;
  sectionHref: (sectionId: string) => string;
  print: () => void;
  onGoTo: (step: number) => void;
  onStartOver: () => void;
};

/** Everything under the results heading: cards, what we couldn't check, the summary to take along. */
export function ResultsView({ pack, assessment, sectionHref, print, onGoTo, onStartOver }: Props) {
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
            {assessment.unrecognisedMedications.map((typed) => (
              <li key={typed}>{fill(r.unrecognised, { name: shownName(typed, m.medications.unnamed) })}</li>
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
