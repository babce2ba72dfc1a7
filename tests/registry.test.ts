// A new article joins through the registry alone: tests/fixtures/registry/registry.ts adds the fixture
// pack to the shipped ones, and nothing else changes. It is then checked, shipped and selectable.
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { embedScriptInMemory } from '../tools/embed-script';
import good from './fixtures/packs/good.json';
import { pageWith } from './helpers/page-with';

const REGISTRY = 'tests/fixtures/registry/registry.ts';

describe('an article added to the registry alone', () => {
  test('is checked by npm run check:content', () => {
    const run = spawnSync('npx', ['tsx', 'tools/check-content.ts'], {
      encoding: 'utf8',
      env: { ...process.env, PFW_REGISTRY: REGISTRY },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`✓ fixture, en (${REGISTRY})`);
    expect(run.stdout).toContain('✓ d3-k2, en');
  }, 60_000);

  test('ships in the build and is selectable by article, next to the others', async () => {
    const script = await embedScriptInMemory({ registry: REGISTRY });
    const fixture = await pageWith(script, '<personal-factors article="fixture"></personal-factors>');
    expect(fixture.errors).toEqual([]);
    // The fixture's own questionnaire, not the D3 + K2 one: its step count.
    expect(fixture.text).toContain(`Step 1 of ${good.steps.length}`);
    expect(good.steps.length).not.toBe(7);
    const unknown = await pageWith(script, '<personal-factors article="vitamin-c"></personal-factors>');
    expect(unknown.errors).toEqual([
      '<personal-factors>: "article" is "vitamin-c": expected one of "d3-k2", "fixture"',
    ]);
  }, 60_000);
});
