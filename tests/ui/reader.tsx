// What a reader does with the widget, in their words: find things by role and label, as they would.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { findDosingLanguage } from '../../src/text/dosing-guard';
import { Widget, type WidgetProps } from '../../src/ui/widget';

// Vitest runs without globals here, so Testing Library cannot unmount on its own between tests.
afterEach(cleanup);

export function openWidget(props: Partial<WidgetProps> = {}) {
  return render(<Widget content={d3k2} {...props} />);
}

export const click = (role: 'button' | 'radio' | 'checkbox' | 'link', name: string | RegExp) =>
  fireEvent.click(screen.getByRole(role, { name }));

export const next = () => click('button', 'Next');
export const back = () => click('button', 'Back');
export const seeResults = () => click('button', 'See my results');

/** Presses Next until the given step ("Step 2 of 4") shows; fails, rather than hangs, if Next does not move. */
export function skipTo(step: number) {
  const total = d3k2.pack.steps.length;
  for (let presses = 0; !screen.queryByText(`Step ${step} of ${total}`); presses++) {
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
export const medicationBox = () =>
  screen.getByRole('combobox', { name: 'Which medicines are you using at the moment?' });

/** Types a medicine name and presses Enter, as someone copying it off the label would. */
export function addMedication(name: string) {
  typeInto(medicationBox(), name);
  press(medicationBox(), 'Enter');
}

/** One question's radios or checkboxes, found by the question. */
export const question = (label: string) => within(screen.getByRole('group', { name: label }));

/** A caveat's title, from the pack: tests name cards as the content does, not in English literals. */
export const titleOf = (caveat: string) => caveatOf(caveat).title;
/** A caveat's question for the doctor or pharmacist, from the pack. */
export const askOf = (caveat: string) => caveatOf(caveat).ask as string;
/** The line a card carries that points to `to`: the plain one, or the pointer named `id`. */
export const pointerLine = (to: string, id?: string) =>
  (d3k2.pack.pointers ?? []).find((p) => p.to === to && p.id === id)?.line as string;

function caveatOf(id: string) {
  const caveat = d3k2.pack.caveats.find((c) => c.id === id);
  if (!caveat) throw new Error(`No caveat "${id}" in the pack`);
  return caveat;
}

/** Caveat cards in the order shown. */
export const cards = () => screen.queryAllByRole('article');
export const cardTitles = () => cards().map((card) => within(card).getByRole('heading').textContent);
