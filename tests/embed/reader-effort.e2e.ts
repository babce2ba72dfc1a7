// How much the Coumadin reader (71, on Coumadin, D3 and calcium) has to do from the article to the
// results: key presses by keyboard only, clicks by mouse only, counted where the page hears them.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { optionLabel, questionLabel, t } from '../helpers/text';
import { completeAsCoumadinReader, widgetIn } from './keyboard-reader';
import { partnerSetup } from './partner-setup';

const setup = partnerSetup();
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

type Effort = { keys: number; clicks: number };

/** The plain partner page, counting the reader's key presses (not Shift on its own) and pointer presses. */
async function open(): Promise<Page> {
  context = await setup.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __effort: Effort };
    w.__effort = { keys: 0, clicks: 0 };
    const modifiers = ['Shift', 'Control', 'Alt', 'Meta'];
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.isTrusted && !e.repeat && !modifiers.includes(e.key)) w.__effort.keys++;
      },
      true,
    );
    window.addEventListener('pointerdown', (e) => e.isTrusted && w.__effort.clicks++, true);
  });
  const page = await context.newPage();
  await page.goto(`${setup.servers.host.origin}/plain.html`);
  await page.locator('personal-factors .pfw-step').waitFor();
  return page;
}

const effort = (page: Page) => page.evaluate(() => (window as unknown as { __effort: Effort }).__effort);

/**
 * The same reader by mouse: on each step, answers what of theirs it asks (age, menopause, Coumadin
 * from the suggestions, D3 and calcium), then clicks Next, until the results show.
 */
async function completeByMouse(page: Page): Promise<void> {
  const widget = page.locator('personal-factors');
  const results = widget.locator('h3', { hasText: t.results.heading });
  const shown = async (locator: ReturnType<typeof widget.locator>) => (await locator.count()) > 0;
  for (let step = 0; step < 10 && !(await shown(results)); step++) {
    const age = widget.getByRole('textbox', { name: questionLabel('age') });
    if (await shown(age)) {
      await age.click();
      await page.keyboard.type('71');
    }
    const menopause = widget.getByRole('radio', { name: optionLabel('menopause', 'after') });
    if (await shown(menopause)) await menopause.click();
    const box = widget.getByRole('combobox');
    if (await shown(box)) {
      await box.click();
      await page.keyboard.type('coumadin');
      await widget.getByRole('option', { name: 'Coumadin warfarin' }).click();
      expect(await widget.locator('.pfw-chip-name').allTextContents()).toEqual(['Coumadin']);
    }
    for (const name of [optionLabel('supplements', 'd3'), optionLabel('supplements', 'calcium')]) {
      const tick = widget.getByRole('checkbox', { name, exact: true });
      if (await shown(tick)) await tick.click();
    }
    // Done once the supplements are ticked: "See my results" where the step offers it, else Next.
    const done = await shown(
      widget.getByRole('checkbox', { name: optionLabel('supplements', 'calcium'), exact: true }),
    );
    await widget.getByRole('button', { name: done ? t.seeResults : t.next, exact: true }).click();
  }
  await results.waitFor();
}

describe('the Coumadin reader, from the article to the results', () => {
  test('by keyboard only', async () => {
    const page = await open();
    await completeAsCoumadinReader(widgetIn(page, 'personal-factors'));
    const { keys, clicks } = await effort(page);
    console.log(`keyboard reader: ${keys} key presses`);
    expect(clicks).toBe(0);
    expect(keys).toBeLessThanOrEqual(40);
  });

  test('by mouse', async () => {
    const page = await open();
    await completeByMouse(page);
    const { keys, clicks } = await effort(page);
    console.log(`mouse reader: ${clicks} clicks`);
    expect(keys).toBe('71coumadin'.length);
    expect(clicks).toBeLessThanOrEqual(15);
  });
});
