// "See my results" renders "What matters most" and the cards in its own frame and the rest after the
// first paint (results-view.tsx). A press in that first frame on a line that points below must not be
// lost. Rendered without Testing Library, whose act() would run the after-paint effect at once, and with
// fake timers, so that effect waits until the test lets it run.
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { Widget } from '../../src/ui/widget';
import { t } from '../helpers/text';

let container: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  container = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

/** Preact re-renders in microtasks; the effects after paint wait for (fake) timers. */
const rerendered = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const press = async (text: string) => {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
  await rerendered();
};

test('the way to the take-away, pressed before the rest of the results is there, still gets there', async () => {
  render(<Widget content={d3k2} />, container);
  await press(t.next);
  await press(t.seeResults);
  expect(container.querySelector('.pfw-summary')).toBeNull(); // the first frame
  container.querySelector<HTMLButtonElement>('.pfw-to-take-away')?.click();
  await rerendered();
  const takeAway = container.querySelector('.pfw-summary');
  expect(takeAway).not.toBeNull();
  expect(document.activeElement).toBe(takeAway);
});
