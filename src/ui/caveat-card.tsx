import { Fragment } from 'preact';
import type { Finding } from '../rules/assess';
import type { ExternalSource, Pack } from '../schema/pack';
import { fill } from '../text/fill';
import { EvidenceRating } from './evidence-rating';
import { useMessages } from './messages/context';
import { Isolated } from './reader-words';

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
  const t = useMessages().results;
  const [section] = caveat.sources.article;
  // What the reader must not miss is shown whole: the interaction, and the widget's own notice.
  const open = caveat.severity === 'interaction' || caveat.severity === 'notice';
  const { first, rest } = open ? { first: caveat.body, rest: '' } : firstSentence(caveat.body);
  const Heading = level === 5 ? 'h5' : 'h4';
  const more = (
    <>
      {rest && <p>{rest}</p>}
      {because.length > 0 ? (
        <>
          <p class="pfw-why">{t.why}</p>
          <ul>
            {because.map((b) => (
              <li key={b.text}>
                <Isolated text={b.text} word={b.medication?.matched} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        caveat.always && <p class="pfw-why">{t.always}</p>
      )}
      {caveat.evidence && <EvidenceRating evidence={caveat.evidence} />}
      {/* Where it comes from, in one paragraph: the article's section, or the widget's own note, then any other source. */}
      <p class="pfw-sources">
        {section === undefined ? (
          <span class="pfw-hint">{t.fromWidget}</span>
        ) : (
          <a class="pfw-source" href={sectionHref(section)}>
            {fill(t.fromArticle, {
              heading: pack.article.sections.find((s) => s.id === section)?.heading ?? section,
            })}
          </a>
        )}{' '}
        <SourceLinks sources={caveat.sources.external} lead={t.alsoBasedOn} />
      </p>
    </>
  );
  return (
    <article class={`pfw-card pfw-${caveat.severity}`} part="card" data-caveat={caveat.id} tabIndex={-1}>
      <p class="pfw-badge">{t.severity[caveat.severity]}</p>
      <Heading>{caveat.title}</Heading>
      {pointers.map(({ to, line, sources = [] }) => (
        <p key={line} class="pfw-pointer">
          <button type="button" class="pfw-link" onClick={() => onShow(to)}>
            {line}
          </button>{' '}
          <SourceLinks sources={sources} lead={t.source} />
        </p>
      ))}
      <p>{first}</p>
      {open ? (
        more
      ) : (
        <details class="pfw-more">
          <summary>{t.more}</summary>
          {more}
        </details>
      )}
    </article>
  );
}

/**
 * Sources other than the article, each named in a few words and linked at its canonical address, in a
 * new tab; short and in the run of the text, so that even the interaction card, shown whole, fits a
 * phone's first screen.
 */
function SourceLinks({ sources = [], lead }: { sources?: ExternalSource[] | undefined; lead: string }) {
  const separator = useMessages().listSeparator;
  if (!sources.length) return null;
  return (
    <span class="pfw-source-external">
      {lead}{' '}
      {sources.map((source, i) => (
        <Fragment key={source.url}>
          {i > 0 && separator}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.cite}
          </a>
        </Fragment>
      ))}
    </span>
  );
}
