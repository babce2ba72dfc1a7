// A module of its own, imported last by element.ts, so the CSS text comes at the end of dist/embed.js
// instead of between Preact and the code that uses it: gzip compresses the code better.
import widgetCss from '../src/ui/styles/widget.css?inline';
import hostCss from './host.css?inline';

// Constructable sheets: no <style> element or style="" attribute, so a strict `style-src 'self'` holds.
// Each is built once per page and shared by every instance.
let hostSheet: CSSStyleSheet | undefined;
let widgetSheet: CSSStyleSheet | undefined;

function sheetOf(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

function host(): CSSStyleSheet {
  hostSheet ??= sheetOf(hostCss);
  return hostSheet;
}

/** The element's box and reserved height: adopted as it connects, so its space is held at once. */
export const hostSheets = (): CSSStyleSheet[] => [host()];

/**
 * Adds the widget's own styles after the host sheet, once, at the first render: parsing them then
 * falls in the render's task, not in the script's run, which the host page's parser waits for. Sheets
 * anything else adopted in the meantime stay.
 */
export function adoptWidgetSheet(shadow: ShadowRoot): void {
  widgetSheet ??= sheetOf(widgetCss);
  const adopted = shadow.adoptedStyleSheets;
  if (adopted.includes(widgetSheet)) return;
  const after = adopted.indexOf(host()) + 1;
  shadow.adoptedStyleSheets = [...adopted.slice(0, after), widgetSheet, ...adopted.slice(after)];
}
