import { JSDOM } from 'jsdom';

/** A page with `body`, running the widget's script; the text of its shadow roots once it has rendered. */
export async function pageWith(script: string, body: string) {
  const dom = new JSDOM(`<!doctype html><body>${body}</body>`, { runScripts: 'outside-only' });
  const { window } = dom;
  // jsdom has no constructable style sheets; the widget only adopts them.
  window.eval('window.CSSStyleSheet = class { replaceSync() {} }');
  const errors: string[] = [];
  window.console.error = (message: unknown) => errors.push(String(message));
  window.eval(script);
  const text = () =>
    [...window.document.querySelectorAll('*')]
      .map((element) => element.shadowRoot?.textContent ?? '')
      .join('');
  // The widget renders once near the viewport or when the page is idle: jsdom has neither
  // IntersectionObserver nor requestIdleCallback, so it renders on embed/when-near.ts's timer.
  for (let waited = 0; !text() && !errors.length && waited < 5000; waited += 20)
    await new Promise((resolve) => window.setTimeout(resolve, 20));
  return { text: text(), errors };
}
