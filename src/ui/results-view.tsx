import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Assessment } from '../rules/assess';
import type { Answers } from '../schema/answers';
import type { Content } from '../schema/article';
import { fill } from '../text/fill';
import { CaveatCard } from './caveat-card';
import { formatDate } from './dates';
import { useMessages } from './messages/context';
import { NotAssessedList } from './not-assessed-list';
import { PrescriberSummary } from './prescriber-summary';
import { Isolated } from './reader-words';
import { takeAwayOf } from './take-away';
import { ForEveryReader, TopFindings } from './top-findings';
import { YourAnswers } from './your-answers';

type Props = {
  content: Content;
  answers: Answers;
  locale: string;
  assessment: Assessment;
  sectionHref: (sectionId: string) => string;
  print: () => void;
  /** Opens one step to change an answer; its Next comes straight back here. */
  onEdit: (step: number) => void;
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
  onEdit,
  onStartOver,
}: Props) {
  const { pack } = content;
  const t = useMessages();
  const r = t.results;
  const root = useRef<HTMLDivElement>(null);
  const { findings } = assessment;
  const background = findings.filter((f) => f.caveat.severity === 'info');
  // A name a card already speaks of ("looks like Xarelto", "we couldn't confirm …") is not told twice.
  const explained = new Set(
    findings.flatMap((f) => f.because.flatMap((b) => (b.medication ? [b.medication.typed] : []))),
  );
  const unknownNames = assessment.readings.filter((r) => r.unconfirmed && !explained.has(r.typed));
  const { review } = pack;
  const card = (finding: Assessment['findings'][number], level?: 5) => (
    <CaveatCard
      key={finding.caveat.id}
      finding={finding}
      pack={pack}
      sectionHref={sectionHref}
      level={level}
      onShow={show}
    />
  );
  // What lies below "What matters most" and the cards follows in a task of its own after the first paint
  // (Preact runs effects then), so "See my results" shows its answer in one short frame.
  const [complete, setComplete] = useState(false);
  useEffect(() => setComplete(true), []);
  // Start over asks first; focus follows the question and, on Cancel, goes back to Start over.
  const [confirming, setConfirming] = useState<boolean | undefined>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startOverRef = useRef<HTMLButtonElement>(null);
  // In the same task as the press: the button pressed is gone, and focus must not fall to the page.
  useLayoutEffect(() => {
    if (confirming !== undefined) (confirming ? confirmRef : startOverRef).current?.focus();
  }, [confirming]);
  // After a section link, the way back to the card it came from, in the top layer over the article.
  const [leftFrom, setLeftFrom] = useState<string | undefined>();
  const backRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (leftFrom) backRef.current?.showPopover();
  }, [leftFrom, complete]);
  const onLinkClick = (e: MouseEvent) => {
    const link = (e.target as Element).closest('a.pfw-source');
    const card = link?.closest<HTMLElement>('[data-caveat]');
    if (card) setLeftFrom(card.dataset.caveat);
  };
  // A press that points below, before the rest is there, brings it at once and is carried out after.
  const pendingShow = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const target = pendingShow.current;
    pendingShow.current = undefined;
    if (complete && target) show(target);
  }, [complete]);
  const show = (target: string) => {
    if (!complete) {
      pendingShow.current = target;
      setComplete(true);
      return;
    }
    const selector = target === 'take-away' ? '.pfw-summary' : `[data-caveat="${target}"]`;
    const element = root.current?.querySelector<HTMLElement>(selector);
    const group = element?.closest('details');
    if (group) group.open = true;
    element?.focus();
  };

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: listens for the section links' own clicks (Enter on a link clicks too)
    <div class="pfw-results" part="results" ref={root} onClick={onLinkClick}>
      <TopFindings findings={findings} onShow={show} />
      {findings.filter((f) => f.caveat.severity === 'interaction').map((f) => card(f))}
      <ForEveryReader findings={findings} onShow={show} />
      {findings
        .filter((f) => f.caveat.severity !== 'interaction' && f.caveat.severity !== 'info')
        .map((f) => card(f))}
      {complete && (
        <>
          {background.length > 0 && (
            <details class="pfw-group">
              <summary>
                <h4>{fill(r.backgroundGroup, { count: background.length })}</h4>
              </summary>
              {background.map((f) => card(f, 5))}
            </details>
          )}
          {unknownNames.length > 0 && (
            <section>
              <h3>{r.unrecognisedHeading}</h3>
              <ul>
                {unknownNames.map(({ typed, recognition }) => {
                  const doseFree = recognition.status === 'empty' ? '' : recognition.doseFree;
                  return (
                    <li key={typed}>
                      <Isolated
                        text={fill(r.unrecognised, { name: doseFree || t.medications.unnamed })}
                        word={doseFree}
                      />
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          <PrescriberSummary takeAway={takeAwayOf(content, assessment, t, locale)} print={print} />
          <NotAssessedList items={assessment.notAssessed} pack={pack} onGoTo={onEdit} />
          <YourAnswers content={content} answers={answers} readings={assessment.readings} onEdit={onEdit} />
          {review.status === 'signed' && (
            <p class="pfw-hint pfw-reviewed">
              {fill(r.reviewedBy, {
                name: review.by,
                credentials: review.credentials,
                date: formatDate(review.date, locale),
              })}
            </p>
          )}
          {confirming ? (
            <fieldset class="pfw-nav pfw-confirm">
              <legend>{r.startOverConfirm}</legend>
              <button type="button" class="pfw-button pfw-primary" ref={confirmRef} onClick={onStartOver}>
                {r.startOverYes}
              </button>
              <button type="button" class="pfw-button" onClick={() => setConfirming(false)}>
                {r.cancel}
              </button>
            </fieldset>
          ) : (
            <div class="pfw-nav">
              <button type="button" class="pfw-button" ref={startOverRef} onClick={() => setConfirming(true)}>
                {r.startOver}
              </button>
            </div>
          )}
          <div popover="manual" class="pfw-back" ref={backRef}>
            <button
              type="button"
              class="pfw-button pfw-primary"
              onClick={() => {
                backRef.current?.hidePopover();
                if (leftFrom) show(leftFrom);
                setLeftFrom(undefined);
              }}
            >
              {r.backToCard}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
