import type { Finding } from '../rules/assess';
import type { Pack } from '../schema/pack';
import { fill } from '../text/fill';
import { EvidenceMeter } from './evidence-meter';
import { useMessages } from './messages/context';

type Props = {
  finding: Finding;
  pack: Pack;
  sectionHref: (sectionId: string) => string;
  /** Background cards sit under their group's heading, one level down. */
  level?: 4 | 5;
  /** Brings another card (by caveat id) into view and gives it focus: where a pointer line goes. */
  onShow: (caveatId: string) => void;
};

/** The body's first sentence, the card's one line while it is closed, and the rest. */
export function firstSentence(body: string): { first: string; rest: string } {
  const end = /[.!?](?=\s+\S)/.exec(body);
  if (!end) return { first: body, rest: '' };
  return { first: body.slice(0, end.index + 1), rest: body.slice(end.index + 1).trim() };
}

/**
 * One caveat that applies. An interaction shows everything; the others show their title and one line,
 * with the rest, why the reader sees it, the evidence and the section link behind a native disclosure.
 * A line pointing to a card that must win over this one (the blood-thinner card) shows even while closed.
 */
export function CaveatCard({
  finding: { caveat, because, pointers = [] },
  pack,
  sectionHref,
  level = 4,
  onShow,
}: Props) {
  const m = useMessages().results;
  const [section = ''] = caveat.sources.article;
  const heading = pack.article.sections.find((s) => s.id === section)?.heading ?? section;
  const open = caveat.severity === 'interaction';
  const { first, rest } = open ? { first: caveat.body, rest: '' } : firstSentence(caveat.body);
  const Heading = level === 5 ? 'h5' : 'h4';
  const more = (
    <>
      {rest && <p>{rest}</p>}
      {because.length > 0 ? (
        <>
          <p class="pfw-why">{m.why}</p>
          <ul>
            {because.map((b) => (
              <li key={b.text}>{b.text}</li>
            ))}
          </ul>
        </>
      ) : (
        caveat.always && <p class="pfw-why">{m.always}</p>
      )}
      {caveat.evidence && <EvidenceMeter evidence={caveat.evidence} />}
      <a class="pfw-source" href={sectionHref(section)}>
        {fill(m.fromArticle, { heading })}
      </a>
      {caveat.sources.external?.map((source) => (
        <a
          key={source.url}
          class="pfw-source-external"
          href={source.url}
          target="_blank"
          rel="noopener noreferrer"
        >
          {fill(m.alsoBasedOn, { publisher: source.publisher, title: source.title })}
        </a>
      ))}
    </>
  );
  return (
    <article class={`pfw-card pfw-${caveat.severity}`} part="card" data-caveat={caveat.id} tabIndex={-1}>
      <p class="pfw-badge">{m.severity[caveat.severity]}</p>
      <Heading>{caveat.title}</Heading>
      {pointers.map(({ to, line }) => (
        <p key={to} class="pfw-pointer">
          <button type="button" class="pfw-link" onClick={() => onShow(to)}>
            {line}
          </button>
        </p>
      ))}
      <p>{first}</p>
      {open ? (
        more
      ) : (
        <details class="pfw-more">
          <summary>{m.more}</summary>
          {more}
        </details>
      )}
    </article>
  );
}
