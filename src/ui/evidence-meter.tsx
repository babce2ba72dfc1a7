import type { Evidence } from '../schema/pack';
import { fill } from '../text/fill';
import { useMessages } from './messages/context';

const LEVEL = { strong: 4, moderate: 3, emerging: 2, limited: 1 } as const;

/** The article's evidence strength as text ("Evidence: Moderate") with a 4-bar meter for the eye only. */
export function EvidenceMeter({ evidence }: { evidence: Evidence }) {
  const m = useMessages().results;
  return (
    <div class="pfw-evidence">
      <p>
        <strong>{fill(m.evidence, { strength: m.strength[evidence.strength] })}</strong>
        <span class="pfw-meter" aria-hidden="true">
          {[1, 2, 3, 4].map((bar) => (
            <span key={bar} class={bar <= LEVEL[evidence.strength] ? 'pfw-on' : undefined} />
          ))}
        </span>
      </p>
      <p class="pfw-hint">{fill(m.evidenceNote, { area: evidence.area, note: evidence.note })}</p>
    </div>
  );
}
