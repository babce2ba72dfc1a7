import type { Finding } from '../rules/assess';
import type { Pack } from '../schema/pack';
import { fill } from '../text/fill';
import { EvidenceMeter } from './evidence-meter';
import { useMessages } from './messages/context';

type Props = { finding: Finding; pack: Pack; sectionHref: (sectionId: string) => string };

/** One caveat that applies: what it says, why the reader sees it, how strong the evidence is, where it comes from. */
export function CaveatCard({ finding: { caveat, because }, pack, sectionHref }: Props) {
  const m = useMessages().results;
  const [section = ''] = caveat.sources.article;
  const heading = pack.article.sections.find((s) => s.id === section)?.heading ?? section;
  return (
    <article class={`pfw-card pfw-${caveat.severity}`} part="card">
      <p class="pfw-badge">{m.severity[caveat.severity]}</p>
      <h4>{caveat.title}</h4>
      <p>{caveat.body}</p>
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
    </article>
  );
}
