// The copy-paste snippets: the configurator writes them for a partner's choices, `npm run build` writes
// the README's defaults to dist/snippet.html, and the README shows those with each hash's place marked
// (`HASH_MARKS`); tests hold the three together.
import type { Integrity } from './manifest';
import { IFRAME_HEIGHT } from './reserve';

/** What the README and the dev server's configurator write where a build's hash goes. */
export const HASH_MARKS: Integrity = {
  'embed.js': 'sha384-HASH_OF_EMBED_JS',
  'resizer.js': 'sha384-HASH_OF_RESIZER_JS',
};

/** The README's example of where a partner hosts dist/. */
export const exampleBase = (version: string) => `https://your-cdn.example/personal-factors/${version}`;

/** The README's example of the partner's site, for iframe mode's `parent-origin` and `section-href`. */
export const EXAMPLE_SITE = 'https://www.your-site.example';

/** Name and value pairs, in the order they are written. */
export type Pairs = readonly (readonly [string, string])[];

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** A query value as a partner can read it: only what would break the query is escaped (`#` as `%23`). */
const queryValue = (value: string) =>
  encodeURIComponent(value).replace(/%(3A|2F|7B|7D|40)/g, (escaped) => decodeURIComponent(escaped));

function scriptTag(src: string, integrity: string): string {
  return `<script
  src="${escapeAttribute(src)}"
  integrity="${integrity}"
  crossorigin="anonymous"
  defer
></script>`;
}

/** The element snippet: the script and one element with `attributes`. */
export function elementSnippet(
  base: string,
  integrity: string,
  attributes: Pairs = [['article', 'd3-k2']],
): string {
  const written = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `${scriptTag(`${base}/embed.js`, integrity)}

<personal-factors${written}></personal-factors>`;
}

/** The README's frame query: its one article, linking back to an article on the example site. */
const EXAMPLE_QUERY: Pairs = [
  ['article', 'd3-k2'],
  ['section-href', `${EXAMPLE_SITE}/articles/d3-k2#{id}`],
  ['parent-origin', EXAMPLE_SITE],
];

/** The iframe snippet: the resizer and one frame whose query carries the options. */
export function iframeSnippet(base: string, integrity: string, query: Pairs = EXAMPLE_QUERY): string {
  const search = query.map(([name, value]) => `${name}=${queryValue(value)}`).join('&');
  return `${scriptTag(`${base}/resizer.js`, integrity)}

<iframe
  data-personal-factors
  title="Which parts of this article apply to you?"
  src="${escapeAttribute(`${base}/frame.html?${search}`)}"
  width="100%"
  height="${IFRAME_HEIGHT}"
></iframe>`;
}
