// Rules a publisher relies on when embedding: styles stay inside the widget, answers stay in the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const css = readFileSync(join(__dirname, '../../src/ui/styles/widget.css'), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);
const sources = (dir: string) =>
  readdirSync(join(__dirname, '../../src', dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(__dirname, '../../src', dir, f), 'utf8') }));

/** Every selector in the sheet (at-rule preludes such as @media are not selectors). */
const selectors = [...css.matchAll(/([^{};]+)\{/g)]
  .map((m) => (m[1] as string).trim())
  .filter((prelude) => !prelude.startsWith('@'))
  .flatMap((prelude) => prelude.split(/,(?![^(]*\))/).map((s) => s.trim()));

describe('the widget stylesheet', () => {
  test('scopes every selector under the .pfw root, so no host page element is touched', () => {
    expect(selectors.length).toBeGreaterThan(30);
    for (const selector of selectors) expect(selector, selector).toMatch(/^\.pfw(?![\w-])/);
  });

  test('themes through the documented custom properties, each with a default', () => {
    for (const name of ['text', 'bg', 'accent', 'interaction', 'border']) {
      expect(css).toMatch(new RegExp(`var\\(--pfw-color-${name}, #[0-9a-f]{3,6}\\)`));
    }
    expect(css).toContain('font: var(--pfw-font, inherit)');
    expect(css).toMatch(/var\(--pfw-radius, [^)]+\)/);
    expect(css).toMatch(/var\(--pfw-space, [^)]+\)/);
  });

  test("sizes nothing in rem, which in a shadow root follows the host page's root font size", () => {
    expect(css).not.toMatch(/\d(?:\.\d+)?rem\b/);
  });

  test('has a dark scheme, a reduced-motion rule, visible focus and a print view', () => {
    for (const needle of [
      '@media (prefers-color-scheme: dark)',
      '@media (prefers-reduced-motion: reduce)',
      ':focus-visible',
      '@media print',
    ]) {
      expect(css).toContain(needle);
    }
  });
});

describe('the UI code', () => {
  test('sets no inline styles, so a strict content security policy is enough', () => {
    for (const { file, text } of sources('ui')) expect(text, file).not.toMatch(/\bstyle=|<style/);
  });

  test('sends and stores nothing: no network, storage or cookies in the UI or the rules', () => {
    const forbidden =
      /\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|localStorage|sessionStorage|indexedDB|cookie)\b/;
    for (const { file, text } of [...sources('ui'), ...sources('rules')]) {
      expect(text, file).not.toMatch(forbidden);
    }
  });
});
