import { useState } from 'preact/hooks';
import type { Finding } from '../rules/assess';
import { fill } from '../text/fill';
import { useMessages } from './messages/context';
import type { Messages } from './messages/messages';
import { useUid } from './use-uid';

type Props = { findings: Finding[]; print: () => void };

/** The findings' questions for the prescriber, each once, most important first. */
const asksOf = (findings: Finding[]) => [
  ...new Set(findings.flatMap((f) => (f.caveat.ask ? [f.caveat.ask] : []))),
];

/** The summary as plain text for the clipboard: the questions, what applies, and the disclaimer. */
function summaryText(m: Messages, asks: string[], findings: Finding[]): string {
  return [
    m.results.summaryHeading,
    ...(asks.length
      ? asks.map((text, i) => fill(m.results.copyQuestion, { number: i + 1, text }))
      : [m.results.noQuestions]),
    '',
    m.results.appliesHeading,
    ...findings.map((f) => fill(m.results.copyItem, { text: f.caveat.title })),
    '',
    m.disclaimer,
  ].join('\n');
}

/** Questions for the prescriber or pharmacist, with Copy and Print; the only part of the widget that prints. */
export function PrescriberSummary({ findings, print }: Props) {
  const m = useMessages();
  const r = m.results;
  const id = useUid();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const asks = asksOf(findings);
  // Built when needed (Copy, or the copy-by-hand box), not on every render.
  const text = () => summaryText(m, asks, findings);

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
      {asks.length ? (
        <ol>
          {asks.map((ask) => (
            <li key={ask}>{ask}</li>
          ))}
        </ol>
      ) : (
        <p>{r.noQuestions}</p>
      )}
      <div class="pfw-print-only">
        <p class="pfw-why">{r.appliesHeading}</p>
        <ul>
          {findings.map((f) => (
            <li key={f.caveat.id}>{f.caveat.title}</li>
          ))}
        </ul>
      </div>
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
