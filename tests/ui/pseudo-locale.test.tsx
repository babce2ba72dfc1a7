// Every string the widget shows comes from the catalog or the pack: in the pseudo-locale en-XA each
// one is bracketed ⟦…⟧, so any plain English text node is a string that skipped them.
import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { Pack } from '../../src/schema/pack';
import { Widget } from '../../src/ui/widget';
import { checkArticle } from '../../tools/check/check-article';
import { PSEUDO_LOCALE, pseudoMessages, withPseudoLocale } from '../fixtures/locales/pseudo';

const article = withPseudoLocale(d3k2);
const pack = article.locales[PSEUDO_LOCALE] as Pack;

/**
 * Text nodes that are not pseudo-localised, ignoring numbers, medicine data (names, descriptions) and the
 * page address. A string the UI splits (a card's first sentence and the rest) keeps ⟦ or ⟧ in each part.
 */
function unlocalised(root: Element): string[] {
  const medicineWords = new Set(d3k2.medications.flatMap((m) => [m.generic, m.description]));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  while (walker.nextNode()) {
    const text = (walker.currentNode.textContent ?? '').trim();
    if (
      text &&
      !/^[\d\s.,:%()–-]*$/.test(text) &&
      !/[⟦⟧]/.test(text) &&
      !/^https?:\/\//.test(text) && // the page's own address, in the take-away
      !medicineWords.has(text)
    )
      found.push(text);
  }
  for (const element of root.querySelectorAll('[aria-label]')) {
    const label = element.getAttribute('aria-label') ?? '';
    if (!label.includes('⟦')) found.push(`aria-label: ${label}`);
  }
  return found;
}

describe('the pseudo-locale en-XA', () => {
  test('is a valid pack in a locale the dosing guard knows, the same pack as English in other words', () => {
    expect(Pack.safeParse(pack).error?.issues).toBeUndefined();
    const results = checkArticle(article, { today: '2026-12-01', maxAgeDays: 3650 });
    const errors = (problems: { level: string }[]) => problems.filter((p) => p.level === 'error');
    expect(results.map(([locale, { problems }]) => [locale, errors(problems)])).toEqual([
      ['en', []],
      [PSEUDO_LOCALE, []],
    ]);
  });

  test('reaches every string at every step and in the results, through the catalog and the pack', () => {
    const { container } = render(
      <Widget
        content={{ pack, medications: d3k2.medications }}
        locale={PSEUDO_LOCALE}
        messages={pseudoMessages}
      />,
    );
    const root = container.querySelector('.pfw') as HTMLElement;
    expect(root.lang).toBe(PSEUDO_LOCALE);
    const seen: string[] = [];
    for (let step = 0; step < pack.steps.length; step++) {
      seen.push(...unlocalised(root));
      // Answers that bring in more questions and results: a woman after menopause on warfarin, with D3.
      for (const input of root.querySelectorAll<HTMLInputElement>(
        'input[type=radio], input[type=checkbox]',
      )) {
        if (!input.checked && input.closest('label')?.textContent?.includes('⟦Fé')) fireEvent.click(input);
      }
      const box = root.querySelector<HTMLInputElement>('[role=combobox]');
      if (box) {
        fireEvent.input(box, { target: { value: 'warfarin' } });
        fireEvent.keyDown(box, { key: 'Enter' });
        seen.push(...unlocalised(root));
      }
      fireEvent.click(root.querySelector('button[type=submit]') as HTMLElement);
    }
    seen.push(...unlocalised(root));
    expect(root.textContent).toContain(pack.caveats[0]?.title);
    expect([...new Set(seen)]).toEqual([]);
  });
});
