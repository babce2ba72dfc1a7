// The configurator lists what the build serves, read from the registry: an article added there (the
// fixture registry) appears with its languages and sections, with nothing typed into the page.
import { describe, expect, test } from 'vitest';
import { articleSummaries } from '../../tools/configurator-plugin';
import { registryPath } from '../../tools/options-schema-plugin';

describe('the articles the configurator offers', () => {
  test("are the registry's, with each one's languages and the sections its cards link to", async () => {
    const shipped = await articleSummaries(registryPath());
    const d3k2 = shipped.find((a) => a.id === 'd3-k2');
    expect(d3k2?.locales).toContain('en');
    expect(d3k2?.sections.map((s) => s.id)).toContain('why-the-pair');
  }, 30_000);

  test('include an article added to the registry alone', async () => {
    const ids = (await articleSummaries(registryPath('tests/fixtures/registry/registry.ts'))).map(
      (a) => a.id,
    );
    expect(ids).toEqual(['d3-k2', 'fixture']);
  }, 30_000);
});
