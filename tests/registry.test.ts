// A new article joins through the registry alone: tests/fixtures/registry/registry.ts adds the fixture
// pack to the shipped ones, and nothing else changes. It is then checked, shipped and selectable.
import { spawnSync } from 'node:child_process';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { embedScriptInMemory } from '../tools/embed-script';
import good from './fixtures/packs/good.json';

const REGISTRY = 'tests/fixtures/registry/registry.ts';

/** A page with `body`, running the script; the widget's shadow-root text once it has rendered. */
async function pageWith(script: string, body: string) {
  const dom = new JSDOM(`<!doctype html><body>${body}</body>`, { runScripts: 'outside-only' });
  const { window } = dom;
  // jsdom has no constructable style sheets; the widget only adopts them.
  window.eval('window.CSSStyleSheet = class { replaceSync() {} }');
  const errors: string[] = [];
  window.console.error = (message: unknown) => errors.push(String(message));
  window.eval(script);
  const text = () =>
    [...window.document.querySelectorAll('*')]
      .map((element) => element.shadowRoot?.textContent ?? '')
      .join('');
  // The widget renders once near the viewport or when the page is idle: jsdom has neither
  // IntersectionObserver nor requestIdleCallback, so it renders on embed/when-near.ts's timer.
  for (let waited = 0; !text() && !errors.length && waited < 5000; waited += 20)
    await new Promise((resolve) => window.setTimeout(resolve, 20));
  return { text: text(), errors };
}

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
