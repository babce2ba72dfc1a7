// A reader who uses the keyboard only: Tab, Shift+Tab, Space, Enter, arrows and typing. Locators
// (which pierce shadow roots) and focused() are used to check what happened, never to act.
import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { focused, focusIsIn } from '../../tools/browser/browser';
import { caveatTitle, optionLabel, progressLine, questionLabel, stepTitle, t } from '../helpers/text';

/** One widget as a reader meets it: the page that takes the keys, and where the widget lives. */
export type WidgetOnPage = {
  page: Page;
  /** The frame the widget's document is in: the page's main frame, or the iframe's frame. */
  frame: Frame;
  /** The element in `page` that holds focus while the reader is in this widget: its tag or its iframe. */
  holder: string;
  /** The widget's element, for assertions; locators look through its shadow root. */
  root: Locator;
};

/** A widget in the page itself (not in an iframe), found by `holder`: its tag or a selector such as `#first`. */
export const widgetIn = (page: Page, holder: string): WidgetOnPage => ({
  page,
  frame: page.mainFrame(),
  holder,
  root: page.locator(holder),
});

/** The title of the card a reader on warfarin (or a brand of it, Coumadin) reads first: from the pack. */
export const INTERACTION = caveatTitle('anticoagulant-vka');

const matches = (text: string, wanted: string | RegExp) =>
  typeof wanted === 'string' ? text === wanted : wanted.test(text);

/** Presses a key and returns what has focus afterwards. */
export async function press(widget: WidgetOnPage, key: string): Promise<string> {
  await widget.page.keyboard.press(key);
  return focused(widget.frame);
}

/**
 * Presses Tab (or Shift+Tab) until `wanted` in this widget has focus, as a reader moving through the
 * page would; fails if it takes more than `max` presses.
 */
export async function tabTo(
  widget: WidgetOnPage,
  wanted: string | RegExp,
  { back = false, max = 40 } = {},
): Promise<void> {
  let now = '';
  for (let presses = 0; presses < max; presses++) {
    now = await press(widget, back ? 'Shift+Tab' : 'Tab');
    if (matches(now, wanted) && (await focusIsIn(widget.page, widget.holder))) return;
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached "${wanted}" (last: "${now}")`);
}

/** Tabs to Next (to the results: "See my results") and presses Enter; focus lands on the next heading. */
export async function goOn(widget: WidgetOnPage, nextHeading: string): Promise<void> {
  await tabTo(widget, `button ${nextHeading === t.results.heading ? t.seeResults : t.next}`);
  await press(widget, 'Enter');
  await expectHeadingFocused(widget, nextHeading);
}

/** Waits until the heading has focus: the widget moves focus to a new step's heading a frame after the key. */
export async function expectHeadingFocused(widget: WidgetOnPage, heading: string): Promise<void> {
  await widget.root.locator('h3:focus').filter({ hasText: heading }).waitFor({ timeout: 5_000 });
  expect(await focused(widget.frame)).toBe(`h3 ${heading}`);
}

/** What the reader has in front of them: the step's progress text ("Step 2 of 4"). */
export const progress = (widget: WidgetOnPage) => widget.root.locator('.pfw-progress').textContent();

/**
 * The reader from the article's main story: 71, after menopause, takes Coumadin, D3 and
 * calcium; answers those and skips everything else, by keyboard, going to the results as soon as the
 * medicines step has them. `atStep` runs at each step and on the results (for axe, say) with the
 * step's name.
 */
export async function completeAsCoumadinReader(
  widget: WidgetOnPage,
  atStep: (name: string) => Promise<void> = async () => {},
): Promise<void> {
  const { root } = widget;
  const after = optionLabel('menopause', 'after');
  const medicationBox = `input[role=combobox] ${questionLabel('medications')}`;
  const supplement = (id: string) => optionLabel('supplements', id);

  // Step 1, "About you": Tab in from the article, type the age, pick a menopause answer.
  await atStep('step 1');
  await tabTo(widget, `input ${questionLabel('age')}`);
  await widget.page.keyboard.type('71');
  // Tab lands on the menopause question's first radio; arrows move through them and pick as they go.
  await tabTo(widget, `input ${optionLabel('menopause', 'not_applicable')}`);
  await press(widget, 'ArrowDown');
  await press(widget, 'ArrowDown');
  expect(await press(widget, 'ArrowDown')).toBe(`input ${after}`);
  expect(await root.getByRole('radio', { name: after }).isChecked()).toBe(true);
  await goOn(widget, stepTitle('medicines'));
  expect(await progress(widget)).toBe(progressLine(2));

  // Step 2: types the name off the box, picks the suggestion with the arrow key and Enter.
  await atStep('step 2');
  await tabTo(widget, medicationBox);
  await widget.page.keyboard.type('coumadin');
  const box = root.getByRole('combobox');
  expect(await box.getAttribute('aria-expanded')).toBe('true');
  await press(widget, 'ArrowDown');
  const active = root.getByRole('option', { selected: true });
  expect(await active.textContent()).toMatch(/^Coumadin/);
  expect(await box.getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));
  await atStep('step 2, suggestions open');
  expect(await press(widget, 'Enter')).toBe(medicationBox);
  expect(await root.locator('.pfw-chip-name').allTextContents()).toEqual(['Coumadin']);
  expect(await box.inputValue()).toBe('');

  // Then ticks D3 and calcium with Space, skips the questions D3 brings in.
  await tabTo(widget, `input ${supplement('d3')}`);
  await press(widget, 'Space');
  await tabTo(widget, `input ${supplement('calcium')}`);
  await press(widget, 'Space');
  expect(await root.getByRole('checkbox', { name: supplement('d3') }).isChecked()).toBe(true);
  expect(await root.getByRole('checkbox', { name: supplement('calcium') }).isChecked()).toBe(true);
  expect(await root.getByRole('checkbox', { name: supplement('k2') }).isChecked()).toBe(false);

  // Done: straight to the results (a step back with Shift+Tab to check Back is there), skipping the
  // steps whose questions this reader leaves unanswered.
  await tabTo(widget, `button ${t.seeResults}`);
  expect(await press(widget, 'Shift+Tab')).toBe(`button ${t.back}`);
  expect(await press(widget, 'Tab')).toBe(`button ${t.seeResults}`);
  await press(widget, 'Enter');
  await expectHeadingFocused(widget, t.results.heading);
  await atStep('results');
}

/** The steps' headings after the first, in order. */
const LATER_STEPS = d3k2.pack.steps.slice(1).map((step) => step.title);

/** A reader who presses Next through every step to the results, by keyboard; `atStep` runs on each new step. */
export async function skipToResults(
  widget: WidgetOnPage,
  atStep: (name: string) => Promise<void> = async () => {},
): Promise<void> {
  for (const heading of LATER_STEPS) {
    await goOn(widget, heading);
    await atStep(heading);
  }
  await goOn(widget, t.results.heading);
}

/** Caveat card titles in the order shown. */
export const cardTitles = (widget: WidgetOnPage) =>
  widget.root.locator('.pfw-card :is(h4, h5)').allTextContents();
