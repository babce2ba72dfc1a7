import { spawnSync } from 'node:child_process';
import { describe, expect, test, vi } from 'vitest';

// Each run starts tsx afresh, which takes a second or two on a shared machine.
vi.setConfig({ testTimeout: 60_000 });

function checkContent(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'tools/check-content.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run check:content, from the command line', () => {
  test('fails on a broken pack, printing the problem, its path and a counterexample', () => {
    const { code, out } = checkContent('tests/fixtures/packs/failing-invariant.json');
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('✗ tests/fixtures/packs/failing-invariant.json');
    expect(lines[1]).toBe(
      '  error    invariants[0]: Invariant "older-first" fails (Readers of 65 or more see the older-adult caveat first): a reader who answers {"age":65,"sex":"female","menopause":"after"} is shown "postmenopausal", "older-adult", "provider", expected "older-adult" first',
    );
    expect(lines[2]).toMatch(/^ {2}1 error, 0 warnings; 30 answer combinations checked in \d+ ms$/);
  });

  test('passes a sound pack given as JSON', () => {
    const { code, out } = checkContent('tests/fixtures/packs/good.json');
    expect(code).toBe(0);
    expect(out).toMatch(/^✓ tests\/fixtures\/packs\/good\.json\n/);
    expect(out).toMatch(/0 errors, \d+ warnings?; 20 answer combinations checked in \d+ ms/);
  });

  test('passes the D3 + K2 article given as a TypeScript module, each of its locales', () => {
    const { code, out } = checkContent('src/content/d3-k2/index.ts');
    expect(code).toBe(0);
    expect(out).toMatch(/^✓ src\/content\/d3-k2\/index\.ts, en\n/);
    expect(out).toMatch(/0 errors, \d+ warnings/);
    expect(out).toContain('awaits a medical review');
  });

  test('checks every article in the registry, in each locale, when given none', () => {
    const { code, out } = checkContent();
    expect(code).toBe(0);
    expect(out).toMatch(/^✓ d3-k2, en \(src\/content\/registry\.ts\)\n/);
  });

  test('says what is wrong with a bad option, and exits 2', () => {
    const { code, err } = checkContent('--max-age-days', 'soon');
    expect(code).toBe(2);
    expect(err).toContain('--max-age-days must be a whole number of days, not "soon"');
  });

  test.each(['', ' ', '1e3'])('rejects --max-age-days "%s" rather than reading it as a number', (days) => {
    const { code, err } = checkContent('--max-age-days', days);
    expect(code).toBe(2);
    expect(err).toContain(`--max-age-days must be a whole number of days, not "${days}"`);
  });

  test('with --explain, refuses pack files rather than ignoring them', () => {
    const { code, err } = checkContent('--explain', 'd3-k2', 'tests/fixtures/packs/good.json');
    expect(code).toBe(2);
    expect(err).toContain(
      '--explain writes the view of an article in src/content/registry.ts; it takes no files.',
    );
    expect(err).toContain('Usage: npm run check:content');
  });
});
