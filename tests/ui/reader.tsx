// What a reader does with the widget, in their words: find things by role and label, as they would.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { findDosingLanguage } from '../../src/text/dosing-guard';
import { Widget, type WidgetProps } from '../../src/ui/widget';
import { progressLine, questionLabel, t } from '../helpers/text';

// Vitest runs without globals here, so Testing Library cannot unmount on its own between tests.
afterEach(cleanup);

export function openWidget(props: Partial<WidgetProps> = {}) {
  return render(<Widget content={d3k2} {...props} />);
}

export const click = (role: 'button' | 'radio' | 'checkbox' | 'link', name: string | RegExp) =>
  fireEvent.click(screen.getByRole(role, { name }));

export const next = () => click('button', t.next);
export const back = () => click('button', t.back);
export const seeResults = () => click('button', t.seeResults);

/** Presses Next until the given step ("Step 2 of 4") shows; fails, rather than hangs, if Next does not move. */
export function skipTo(step: number) {
  for (let presses = 0; !screen.queryByText(progressLine(step)); presses++) {
    if (presses === d3k2.pack.steps.length) throw new Error(`Next never reached step ${step}`);
    next();
  }
}

/**
 * Every piece of text the reader can see or hear in `root` that reads as dosing language: each text
 * node and each accessible name apart (glued together, "Add" + "increase your dose" would hide it).
 */
export function dosingLanguageIn(root: Element): string[] {
  const texts = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? '');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  return texts.filter((text) => findDosingLanguage(text).length > 0);
}

/** Skips every remaining step and opens the results. */
export function skipToResults() {
  skipTo(d3k2.pack.steps.length);
  seeResults();
}

export const typeInto = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });
export const press = (input: HTMLElement, key: string) => fireEvent.keyDown(input, { key });

/** The medicine name box (a combobox) on step 2. */
export const medicationBox = () => screen.getByRole('combobox', { name: questionLabel('medications') });

/** Types a medicine name and presses Enter, as someone copying it off the label would. */
export function addMedication(name: string) {
  typeInto(medicationBox(), name);
  press(medicationBox(), 'Enter');
}

/** One question's radios or checkboxes, found by the question. */
export const question = (label: string) => within(screen.getByRole('group', { name: label }));

/** Caveat cards in the order shown. */
export const cards = () => screen.queryAllByRole('article');
export const cardTitles = () => cards().map((card) => within(card).getByRole('heading').textContent);
