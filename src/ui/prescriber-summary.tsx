import { useState } from 'preact/hooks';
import { fill } from '../text/fill';
import { useMessages } from './messages/context';
import { type TakeAway, takeAwayText } from './take-away';
import { useUid } from './use-uid';

type Props = { takeAway: TakeAway; print: () => void };

/**
 * The take-away: questions for the prescriber or pharmacist, with Copy and Print; the only part of the
 * widget that prints. On paper and in the copy it also says where it came from, when, which medicines
 * were entered and recognised, why each question is asked, and which medicines were not recognised.
 */
export function PrescriberSummary({ takeAway, print }: Props) {
  const t = useMessages();
  const r = t.results;
  const id = useUid();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { questions } = takeAway;
  // Built when needed (Copy, or the copy-by-hand box), not on every render.
  const text = () => takeAwayText(takeAway, t);
  const printList = (heading: string, items: string[]) =>
    items.length > 0 && (
      <div class="pfw-print-only">
        <p class="pfw-why">{heading}</p>
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    );

  const copyText = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setCopy('copied');
    } catch {
      // No clipboard (permissions, insecure page, old browser): show the text to copy by hand.
      setCopy('failed');
    }
  };

  return (
    <section class="pfw-summary" part="summary" aria-labelledby={`${id}h`} tabIndex={-1}>
      <h3 id={`${id}h`}>{r.summaryHeading}</h3>
      <div class="pfw-print-only">
        <p>{fill(r.takeAwayArticle, { title: takeAway.article })}</p>
        {takeAway.address && <p>{takeAway.address}</p>}
        <p>{fill(r.takeAwayDate, { date: takeAway.date })}</p>
      </div>
      {printList(r.takeAwayMedications, takeAway.medications)}
      {printList(r.unrecognisedHeading, takeAway.notRecognised)}
      {questions.length ? (
        <ol>
          {questions.map(({ text, reason }) => (
            <li key={text}>
              {text}
              <span class="pfw-print-only pfw-hint"> {fill(r.takeAwayReason, { reason })}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p>{r.noQuestions}</p>
      )}
      {printList(r.appliesHeading, takeAway.applies)}
      <div class="pfw-nav">
        <button type="button" class="pfw-button" onClick={copyText}>
          {r.copy}
        </button>
        <button type="button" class="pfw-button" onClick={print}>
          {r.print}
        </button>
        {/* Announces both outcomes; on failure it also labels the copy-by-hand box. */}
        <span id={`${id}c`} aria-live="polite" class={copy === 'failed' ? 'pfw-error' : undefined}>
          {copy === 'copied' ? r.copied : copy === 'failed' ? r.copyFailed : ''}
        </span>
      </div>
      {copy === 'failed' && (
        <textarea aria-labelledby={`${id}c`} class="pfw-input" readOnly rows={8} value={text()} />
      )}
    </section>
  );
}
