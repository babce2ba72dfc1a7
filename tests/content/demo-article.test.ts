import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { findDosingLanguage } from '../../src/text/dosing-guard';

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
/** The demo article's words as a reader reads them: tags and comments out, spaces folded. */
const words = main
  .replace(/<!--[\s\S]*?-->/g, ' ')
  .replace(/<[^>]+>/g, ' ')
  .replace(/\s+/g, ' ');

test('the demo article has a heading for every section the cards link to', () => {
  const ids = [...main.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
  expect(ids).toEqual(d3k2.pack.article.sections.map((s) => s.id));
});

test("the demo article keeps the article's warning whole: every anticoagulant, any change", () => {
  expect(words).toContain('warfarin and other anticoagulant medicines');
  expect(words).toContain('before making any changes to K2');
  expect(words).not.toMatch(/before trying K2|some other blood thinners|clearly helps/);
});

test("the demo article keeps the article's hedges and gives no amounts", () => {
  for (const hedge of [
    'observational',
    'not yet conclusive',
    'generally strong',
    'not consistent',
    'mixed',
  ]) {
    expect(words).toContain(hedge);
  }
  expect(words).not.toMatch(/\d+\s*(IU|mcg|µg|mg)\b/i);
  const sentences = words.split(/(?<=[.:;])\s+/);
  expect(sentences.filter((s) => findDosingLanguage(s).length > 0)).toEqual([]);
});
