// The copy-paste snippets for one build, as `npm run build` writes them to dist/snippet.html. The
// README shows the same text with each hash's place marked (`HASH_MARKS`); a test holds the two together.

/** The built files a snippet loads, with their SHA-384 integrity values (dist/sri.json). */
export type Integrity = { 'embed.js': string; 'resizer.js': string };

/** What the README writes where a build's hash goes. */
export const HASH_MARKS: Record<keyof Integrity, string> = {
  'embed.js': 'sha384-HASH_OF_EMBED_JS',
  'resizer.js': 'sha384-HASH_OF_RESIZER_JS',
};

/** Where partners host dist/: an example, which the snippet says to replace. */
export const cdnBase = (version: string) => `https://your-cdn.example/personal-factors/${version}`;

/** The element snippet: the script and one element. */
export function elementSnippet(base: string, integrity: string): string {
  return `<script
  src="${base}/embed.js"
  integrity="${integrity}"
  crossorigin="anonymous"
  defer
></script>

<personal-factors article="d3-k2"></personal-factors>`;
}

/** The iframe snippet: the resizer and one frame. */
export function iframeSnippet(base: string, integrity: string): string {
  return `<script
  src="${base}/resizer.js"
  integrity="${integrity}"
  crossorigin="anonymous"
  defer
></script>

<iframe
  data-personal-factors
  title="Which parts of this article apply to you?"
  src="${base}/frame.html?article=d3-k2&amp;section-href=https://www.your-site.example/articles/d3-k2%23{id}&amp;parent-origin=https://www.your-site.example"
  width="100%"
  height="800"
></iframe>`;
}

/** dist/snippet.html: both snippets for this build, hashes filled in. */
export function snippetFile(version: string, sri: Integrity): string {
  const base = cdnBase(version);
  return `<!-- personal-factors-widget ${version}: the snippets for this build (README, "Embed it").
     Replace ${base} with where you host dist/; keep each integrity value as it is. -->

<!-- The element -->
${elementSnippet(base, sri['embed.js'])}

<!-- Or iframe mode, for sites that allow only iframes -->
${iframeSnippet(base, sri['resizer.js'])}
`;
}
