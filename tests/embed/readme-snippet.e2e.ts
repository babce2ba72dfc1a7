// A partner follows the README: copies a snippet, and takes its hash from the build they host. The
// README's snippets must be the build's own with each hash's place marked, the README must say where
// the filled-in ones are, and those must carry the integrity of the files built, or the browser
// refuses the script.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Integrity } from '../../configurator/manifest';
import { elementSnippet, exampleBase, HASH_MARKS, iframeSnippet } from '../../configurator/snippet';

const readme = readFileSync('README.md', 'utf8');
const sri = JSON.parse(readFileSync('dist/sri.json', 'utf8')) as Integrity;
const snippetHtml = readFileSync('dist/snippet.html', 'utf8');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const base = exampleBase(version);
const sha384 = (file: string) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(`dist/${file}`))
    .digest('base64')}`;

/** The README's html code blocks. */
const htmlBlocks = [...readme.matchAll(/```html\n([\s\S]*?)\n```/g)].map((m) => m[1]);

describe.each([['embed.js', elementSnippet] as const, ['resizer.js', iframeSnippet] as const])(
  'the %s snippet',
  (file, snippet) => {
    test('is in the README as the build writes it, with the place of the hash marked', () => {
      expect(htmlBlocks).toContain(snippet(base, HASH_MARKS[file]));
    });

    test('is in dist/snippet.html with the integrity of the built file filled in', () => {
      expect(sri[file]).toBe(sha384(file));
      expect(snippetHtml).toContain(snippet(base, sri[file]));
      expect(snippetHtml).not.toContain(HASH_MARKS[file]);
    });
  },
);

test('the README names no literal hash, which the next build would make stale', () => {
  expect(readme).not.toMatch(/integrity="sha384-[A-Za-z0-9+/]{64}"/);
});

test('the README says where the filled-in snippets and the hashes are', () => {
  expect(readme).toContain(
    '`npm run build` writes this snippet with the hashes filled in to `dist/snippet.html`',
  );
  expect(readme).toContain('`dist/sri.json`');
});
