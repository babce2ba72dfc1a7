import type { Evidence } from '../schema/pack';
import { fill } from '../text/fill';
import { useMessages } from './messages/context';

/**
 * The article's evidence rating in its own word ("Emerging"), with what it rates. No bars or scale:
 * the article's table gives no order between its words (is "emerging" above "limited"?).
 */
export function EvidenceRating({ evidence }: { evidence: Evidence }) {
  const t = useMessages().results;
  return (
    <div class="pfw-evidence">
      <p>
        <strong>{fill(t.evidence, { strength: t.strength[evidence.strength] })}</strong>
      </p>
      <p class="pfw-hint">{fill(t.evidenceNote, { area: evidence.area, note: evidence.note })}</p>
    </div>
  );
}
