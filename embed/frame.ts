// Iframe mode (dist/frame.html): the same widget, options from the query string, and a height
// report to the parent page so it can size the iframe without scrollbars.
import './frame.css';
import { DEFAULT_ELEMENT_NAME, defineElement } from './define';
import { FRAME_MESSAGE, RESULTS_EVENT, type ResultsDetail } from './protocol';
import { optionNames } from './read-options';

const params = new URLSearchParams(location.search);
// The frame's page stands in for the host page around the widget, so it takes that page's language
// from the query (`lang`, which the partner's template writes from its <html lang>; the README says so)
// for locale="auto" to follow.
// Without one, the language is unknown (""), and the widget shows the article's default locale.
document.documentElement.lang = params.get('lang') ?? '';
defineElement();
const element = document.createElement(DEFAULT_ELEMENT_NAME);
for (const name of optionNames) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value);
}
document.body.append(element);

// Messages go only to the origin the host declared; without one, the frame stays silent.
const parentOrigin = originOf(params.get('parent-origin'));
if (parentOrigin && window.parent !== window) {
  const post = (message: object) => window.parent.postMessage(message, parentOrigin);
  // The body's own height, not the document's scrollHeight: that never drops below the iframe's
  // current height, so the iframe could grow (results) but never shrink back (start over).
  new ResizeObserver(() => {
    post({ type: FRAME_MESSAGE.resize, height: Math.ceil(document.body.getBoundingClientRect().height) });
  }).observe(document.body);
  // The element's detail as it is: ids only if the query opted in, as the element's attribute would.
  element.addEventListener(RESULTS_EVENT, (event) => {
    post({ type: FRAME_MESSAGE.results, ...(event as CustomEvent<ResultsDetail>).detail });
  });
}

function originOf(value: string | null): string | undefined {
  try {
    const url = new URL(value ?? '');
    return /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
