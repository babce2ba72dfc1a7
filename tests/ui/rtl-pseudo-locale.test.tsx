// The right-to-left pseudo-locale ar-XB reaches every string: each text the widget shows, at every
// step and in the results, is the catalog's or the pack's, written right to left (its words between
// RLO and PDF), so the browser test (tests/embed/rtl-locale.e2e.ts) lays out right-to-left text only.
import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { Widget } from '../../src/ui/widget';
import { mirrored, RLO, RTL_PSEUDO_LOCALE, rtlMessages, rtlPack } from '../fixtures/locales/pseudo-rtl';

const pack = rtlPack(d3k2.pack, d3k2.medications);

/** Text nodes (and aria-labels) not written right to left, but numbers, medicine data and the page address. */
function leftToRight(root: Element): string[] {
  const medicationWords = new Set(d3k2.medications.flatMap((m) => [m.generic, m.description]));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  while (walker.nextNode()) {
    const text = (walker.currentNode.textContent ?? '').trim();
    if (
      text &&
      !text.includes(RLO) &&
      !/^[\d\s.,:%()–-]*$/.test(text) &&
      !/^https?:\/\//.test(text) &&
      !medicationWords.has(text)
    )
      found.push(text);
  }
  for (const element of root.querySelectorAll('[aria-label]')) {
    const label = element.getAttribute('aria-label') ?? '';
    if (!label.includes(RLO)) found.push(`aria-label: ${label}`);
  }
  return found;
}

describe('the right-to-left pseudo-locale ar-XB', () => {
  test('mirrors each word and leaves placeholders to be filled', () => {
    expect(mirrored('Step {current} of {total}')).toBe('\u202eStep\u202c {current} \u202eof\u202c {total}');
    expect(rtlMessages.dir).toBe('rtl');
  });

  test('reaches every string at every step and in the results, right to left', () => {
    const { container } = render(
      <Widget content={{ ...d3k2, pack }} locale={RTL_PSEUDO_LOCALE} messages={rtlMessages} />,
    );
    const root = container.querySelector('.pfw') as HTMLElement;
    expect(root.lang).toBe(RTL_PSEUDO_LOCALE);
    expect(root.dir).toBe('rtl');
    const seen: string[] = [];
    for (let step = 0; step < pack.steps.length; step++) {
      const box = root.querySelector<HTMLInputElement>('[role=combobox]');
      if (box) {
        fireEvent.input(box, { target: { value: 'warfarin' } });
        fireEvent.keyDown(box, { key: 'Enter' });
      }
      for (const input of root.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
        if (!input.checked && input.closest('fieldset')) fireEvent.click(input);
      seen.push(...leftToRight(root));
      fireEvent.click(root.querySelector('button[type=submit]') as HTMLElement);
    }
    seen.push(...leftToRight(root));
    expect(root.textContent).toContain(pack.caveats[0]?.title);
    expect([...new Set(seen)]).toEqual([]);
  });
});
