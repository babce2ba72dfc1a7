import type { Finding } from '../rules/assess';
import { useMessages } from './messages/context';
import { useUid } from './use-uid';

type Props = {
  findings: Finding[];
  /** Brings a card (by caveat id) or the take-away into view and gives it focus. */
  onShow: (target: string) => void;
};

/** At most this many findings lead the results: the interaction, if any, and the next most important. */
const TOP = 3;

/**
 * "What matters most for you": one line per leading finding, each going to its card, and the way to
 * the take-away. Buttons, not `#` links: in a shadow root those would change the page's address and find nothing.
 */
export function TopFindings({ findings, onShow }: Props) {
  const r = useMessages().results;
  const id = useUid();
  if (!findings.length) return null;
  return (
    <section class="pfw-top" aria-labelledby={`${id}h`}>
      <h4 id={`${id}h`}>{r.topHeading}</h4>
      <ul>
        {findings.slice(0, TOP).map(({ caveat }) => (
          <li key={caveat.id} class={`pfw-top-${caveat.severity}`}>
            <button type="button" class="pfw-link" onClick={() => onShow(caveat.id)}>
              {caveat.title}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="pfw-link pfw-to-take-away" onClick={() => onShow('take-away')}>
        {r.toTakeAway}
      </button>
    </section>
  );
}

/**
 * What every reader is told (the caveats shown to all, whose titles carry their point), right after
 * the interaction cards: their own cards wait in the closed background group, and these go to them.
 */
export function ForEveryReader({ findings, onShow }: Props) {
  const r = useMessages().results;
  const id = useUid();
  const always = findings.filter((f) => f.caveat.always);
  if (!always.length) return null;
  return (
    <section class="pfw-every" aria-labelledby={`${id}h`}>
      <h4 id={`${id}h`}>{r.forEveryReader}</h4>
      <ul>
        {always.map(({ caveat }) => (
          <li key={caveat.id}>
            <button type="button" class="pfw-link" onClick={() => onShow(caveat.id)}>
              {caveat.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
