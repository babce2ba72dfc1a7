import { useEffect, useMemo, useRef } from 'preact/hooks';
import { assess } from '../rules/assess';
import { fill } from '../rules/fill';
import { shownAnswers } from '../rules/visibility';
import type { Pack } from '../schema/pack';
import { ErrorBoundary } from './error-boundary';
import { MessagesContext, useMessages } from './messages/context';
import { en, type Messages } from './messages/en';
import { ResultsView } from './results-view';
import { StepView } from './step-view';
import { useQuestionnaire } from './use-questionnaire';

export type WidgetProps = {
  pack: Pack;
  /** Every string the widget shows; English by default. */
  messages?: Messages;
  /** Link to an article section from a caveat card; `#id` by default. */
  sectionHref?: (sectionId: string) => string;
  /** Called with the ids of the caveats that apply whenever the results view shows or they change. Never answers. */
  onResults?: (caveatIds: string[]) => void;
  /** Prints the summary; `window.print` by default. */
  print?: () => void;
};

/** The questionnaire for one content pack, rendered inside `.pfw` so its CSS touches nothing else. */
export function Widget({ messages = en, ...props }: WidgetProps) {
  return (
    <MessagesContext.Provider value={messages}>
      <div class="pfw" part="root">
        <ErrorBoundary>
          <Questionnaire {...props} />
        </ErrorBoundary>
      </div>
    </MessagesContext.Provider>
  );
}

// Defaults where the props are read, so a prop given as `undefined` still gets them.
function Questionnaire({
  pack,
  sectionHref = (id) => `#${id}`,
  onResults,
  print = () => window.print(),
}: Omit<WidgetProps, 'messages'>) {
  const m = useMessages();
  const flow = useQuestionnaire(pack);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus follows the reader's own moves only: never steal it from the article on page load.
  const moved = useRef(false);
  const goTo = (step: number) => {
    moved.current = true;
    flow.goTo(step);
  };
  // The widget's own controls build valid answers, so it assesses them directly; `evaluate` (which
  // validates with zod) is for answers from elsewhere, and keeping it out keeps the embed small.
  const assessment = useMemo(
    () => (flow.atResults ? assess(pack, shownAnswers(pack, flow.answers)) : undefined),
    [pack, flow.answers, flow.atResults],
  );
  const caveatIds = assessment ? assessment.findings.map((f) => f.caveat.id) : [];
  const idsKey = assessment && caveatIds.join();

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [flow.step]);
  useEffect(() => {
    if (idsKey !== undefined) onResults?.(caveatIds);
  }, [idsKey]);

  const count = caveatIds.length;
  return (
    <>
      <h2>{pack.title}</h2>
      <p class="pfw-hint">{m.privacy}</p>
      {assessment && (
        <h3 ref={headingRef} tabIndex={-1}>
          {m.results.heading}
        </h3>
      )}
      <p role="status" class="pfw-status">
        {assessment ? fill(m.results.status[count === 1 ? 'one' : 'other'], { count }) : ''}
      </p>
      {assessment ? (
        <ResultsView
          pack={pack}
          assessment={assessment}
          sectionHref={sectionHref}
          print={print}
          onGoTo={goTo}
          onStartOver={() => {
            moved.current = true;
            flow.startOver();
          }}
        />
      ) : (
        <StepView key={flow.step} pack={pack} flow={{ ...flow, goTo }} headingRef={headingRef} />
      )}
      <p class="pfw-disclaimer">{m.disclaimer}</p>
    </>
  );
}
