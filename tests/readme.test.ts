// The README is for partners first, in an order other issues rely on: the two commands on its first
// lines, then what it is, the configurator, embedding, the headless API, authoring and contributing.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

describe('the README', () => {
  test('opens with the two commands for a fresh machine', () => {
    const [title, blank, fence, first, second] = readme.split('\n');
    expect([title, blank, fence]).toEqual(['# Personal factors widget', '', '```sh']);
    expect(first).toMatch(/^npm install && npm start\s/);
    expect(second).toMatch(/^npm test\s/);
  });

  test('puts what partners need before what contributors need', () => {
    expect(sections).toEqual([
      'What it is',
      'Set it up: the configurator',
      'Embed it',
      'Headless API',
      'Authoring articles',
      'Contributing',
    ]);
  });

  test('links the method and history of the benchmarks rather than carrying them', () => {
    expect(readme).toContain('(docs/performance.md)');
    expect(readme).not.toMatch(/^\| First step usable/m);
  });
});
