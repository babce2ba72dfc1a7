// A module of its own, imported last by element.ts, so the CSS text comes at the end of dist/embed.js
// instead of between Preact and the code that uses it: gzip compresses the code better (0.25 kB).
import widgetCss from '../src/ui/styles/widget.css?inline';
import hostCss from './host.css?inline';

let sheets: CSSStyleSheet[] | undefined;

/**
 * The element's styles as constructable sheets: no <style> element or style="" attribute, so a strict
 * `style-src 'self'` holds. Built once per page and shared by every instance.
 */
export function styleSheets(): CSSStyleSheet[] {
  sheets ??= [hostCss, widgetCss].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  return sheets;
}
