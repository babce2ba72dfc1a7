import { useEffect, useMemo, useRef } from 'preact/hooks';
import { assess } from '../rules/assess';
import { visibleAnswers } from '../rules/visibility';
import type { Content } from '../schema/article';
import { fill } from '../text/fill';
import { prepareDate } from './dates';
import { ErrorBoundary } from './error-boundary';
import { MessagesContext, useMessages } from './messages/context';
import { en } from './messages/en';
import { type Messages, pluralForm } from './messages/messages';
import { ResultsView } from './results-view';
import { StepView } from './step-view';
import { useQuestionnaire } from './use-questionnaire';

export type WidgetProps = {
  /** The pack to ask and the medicines its readers may name, e.g. an article of `src/content/registry.ts`. */
  content: Content;
  /** The locale of `messages` and of the pack: the widget's `lang`, and its plural rules. */
  locale?: string;
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
export function Widget({ messages = en, locale = 'en', ...props }: WidgetProps) {
  return (
    <MessagesContext.Provider value={messages}>
      <div class="pfw" part="root" lang={locale} dir={messages.dir}>
        <ErrorBoundary>
          <Questionnaire locale={locale} {...props} />
        </ErrorBoundary>
      </div>
    </MessagesContext.Provider>
  );
}

// Defaults where the props are read, so a prop given as `undefined` still gets them.
function Questionnaire({
  content,
  locale,
  sectionHref = (id) => `#${id}`,
  onResults,
  print = () => window.print(),
}: Omit<WidgetProps, 'messages' | 'locale'> & { locale: string }) {
  const t = useMessages();
  const { pack } = content;
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
  const shown = useMemo(
    () => (flow.atResults ? visibleAnswers(content, flow.answers) : undefined),
    [content, flow.answers, flow.atResults],
  );
  const assessment = useMemo(() => shown && assess(content, shown), [content, shown]);
  const caveatIds = assessment ? assessment.findings.map((f) => f.caveat.id) : [];
  const idsKey = assessment && caveatIds.join();

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [flow.step]);
  // Once the reader has moved on from step 1, the take-away's date in idle time (take-away.ts). A page
  // may polyfill requestIdleCallback without cancelIdleCallback.
  const pastFirstStep = flow.step !== 0;
  useEffect(() => {
    if (!pastFirstStep || typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(() => prepareDate(locale));
    return () => {
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    };
  }, [pastFirstStep, locale]);
  useEffect(() => {
    if (idsKey !== undefined) onResults?.(caveatIds);
  }, [idsKey]);

  const count = caveatIds.length;
  return (
    <>
      <h2>{pack.title}</h2>
      <p class="pfw-hint">{assessment ? t.privacy : t.intro}</p>
      {assessment && (
        <h3 ref={headingRef} tabIndex={-1}>
          {t.results.heading}
        </h3>
      )}
      <p role="status" class="pfw-status">
        {assessment ? fill(pluralForm(locale, t.results.status, count), { count }) : ''}
      </p>
      {shown && assessment ? (
        <ResultsView
          content={content}
          answers={shown}
          locale={locale}
          assessment={assessment}
          sectionHref={sectionHref}
          print={print}
          onEdit={(step) => {
            moved.current = true;
            flow.edit(step);
          }}
          onStartOver={() => {
            moved.current = true;
            flow.startOver();
          }}
        />
      ) : (
        <StepView
          key={flow.step}
          content={content}
          flow={{ ...flow, goTo }}
          headingRef={headingRef}
          reserve={!moved.current}
        />
      )}
      <p class="pfw-disclaimer">{t.disclaimer}</p>
    </>
  );
}
