// Every string the widget shows comes from the catalog or the pack: in the pseudo-locale en-XA each
// one is bracketed ⟦…⟧, so any plain English text node is a string that skipped them.
import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { predicatesOf } from '../../src/schema/condition';
import { Pack } from '../../src/schema/pack';
import { Widget } from '../../src/ui/widget';
import { checkArticle } from '../../tools/check/check-article';
import { PSEUDO_LOCALE, pseudoMessages, withPseudoLocale } from '../fixtures/locales/pseudo';

const article = withPseudoLocale(d3k2);
const pack = article.locales[PSEUDO_LOCALE] as Pack;

/** "question:option" for every option that a question's showIf names: the answers that bring it in. */
const revealing = new Set(
  pack.questions.flatMap((q) =>
    predicatesOf(q.showIf ?? { type: 'all', of: [] }).flatMap(({ predicate }) =>
      predicate.type === 'choice' ? predicate.anyOf.map((option) => `${predicate.question}:${option}`) : [],
    ),
  ),
);

/**
 * Text nodes that are not pseudo-localised, ignoring numbers, medicine data (names, descriptions) and the
 * page address. A string the UI splits (a card's first sentence and the rest) keeps ⟦ or ⟧ in each part.
 */
function unlocalised(root: Element): string[] {
  const medicationWords = new Set(d3k2.medications.flatMap((m) => [m.generic, m.description]));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  while (walker.nextNode()) {
    const text = (walker.currentNode.textContent ?? '').trim();
    if (
      text &&
      !/^[\d\s.,:%()–-]*$/.test(text) &&
      !/[⟦⟧]/.test(text) &&
      !/^https?:\/\//.test(text) && // the page's own address, in the take-away
      !medicationWords.has(text)
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
      ...Object.keys(d3k2.locales).map((locale) => [locale, []]),
      [PSEUDO_LOCALE, []],
    ]);
  });

  test('reaches every string at every step and in the results, through the catalog and the pack', () => {
    const { container } = render(
      <Widget content={{ ...d3k2, pack }} locale={PSEUDO_LOCALE} messages={pseudoMessages} />,
    );
    const root = container.querySelector('.pfw') as HTMLElement;
    expect(root.lang).toBe(PSEUDO_LOCALE);
    const seen: string[] = [];
    const asked = new Set<string>();
    let clicked = 0;
    for (let step = 0; step < pack.steps.length; step++) {
      // Answers that bring in every question asked only in some cases: each option a showIf names.
      for (const question of pack.questions.filter((q) => q.step === pack.steps[step]?.id)) {
        for (const option of 'options' in question ? question.options : []) {
          if (!revealing.has(`${question.id}:${option.id}`)) continue;
          const input = [...root.querySelectorAll<HTMLInputElement>('label.pfw-choice')]
            .find(
              (label) =>
                label.textContent === option.label &&
                label.closest('fieldset')?.querySelector('legend')?.textContent === question.label,
            )
            ?.querySelector('input');
          if (input && !input.checked) {
            fireEvent.click(input);
            clicked++;
          }
        }
      }
      const box = root.querySelector<HTMLInputElement>('[role=combobox]');
      if (box) {
        fireEvent.input(box, { target: { value: 'warfarin' } });
        fireEvent.keyDown(box, { key: 'Enter' });
      }
      // A question asked as a row of a group is named by its short legend.
      for (const question of pack.questions) {
        const name = 'row' in question && question.row ? question.row.legend : question.label;
        if (root.textContent?.includes(name)) asked.add(question.id);
      }
      seen.push(...unlocalised(root));
      fireEvent.click(root.querySelector('button[type=submit]') as HTMLElement);
    }
    expect(clicked).toBeGreaterThan(0);
    // Every question was asked, those that only some answers bring in included.
    expect(pack.questions.map((q) => q.id).filter((id) => !asked.has(id))).toEqual([]);
    seen.push(...unlocalised(root));
    expect(root.textContent).toContain(pack.caveats[0]?.title);
    expect([...new Set(seen)]).toEqual([]);
  });
});
