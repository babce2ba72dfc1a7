// dist/snippet.html: the README's snippets for one build, hashes filled in. The configurator
// (configurator/snippet.ts) writes the same for any choices.

import type { Integrity } from '../configurator/manifest';
import { elementSnippet, exampleBase, iframeSnippet } from '../configurator/snippet';

/** dist/snippet.html: both snippets for this build, hashes filled in. */
export function snippetFile(version: string, sri: Integrity): string {
  const base = exampleBase(version);
  return `<!-- personal-factors-widget ${version}: the snippets for this build (README, "Embed it").
     Replace ${base} with where you host dist/; keep each integrity value as it is.
     configurator.html, beside this file, writes them for your own choices. -->

<!-- The element -->
${elementSnippet(base, sri['embed.js'])}

<!-- Or iframe mode, for sites that allow only iframes -->
${iframeSnippet(base, sri['resizer.js'])}
`;
}
