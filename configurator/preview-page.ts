// The page the preview shows: an article page like a partner's, in a same-origin frame, that loads
// the widget the way the snippet does (this build's files with their integrity, or the source on the
// dev server). Built with DOM calls into the frame's empty document: no HTML strings, no request
// but the widget's own files.

import type { Mode } from './choices';
import type { ArticleSummary, Integrity } from './manifest';
import { IFRAME_HEIGHT } from './reserve';

/** Where the preview loads the widget from: this build's files, or the source on the dev server. */
export type WidgetFiles = { embed: string; resizer: string; frame: string; sri: Integrity | null };

export function widgetFiles(sri: Integrity | null, here: string): WidgetFiles {
  const at = (path: string) => new URL(path, here).href;
  return sri
    ? { embed: at('./embed.js'), resizer: at('./resizer.js'), frame: at('./frame.html'), sri }
    : { embed: at('/embed/index.ts'), resizer: at('/embed/resizer.ts'), frame: at('/embed/frame.html'), sri };
}

const PAGE_CSS = `
html { color-scheme: light; background: #fff; color: #222 }
html[data-scheme="dark"] { color-scheme: dark; background: #121212; color: #e8e8e8 }
body { font: 18px / 1.6 system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem }
personal-factors { margin: 2rem 0 }
iframe { display: block; border: 0; margin: 2rem 0 }
.kicker { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.05em }
`;

function script(doc: Document, src: string, integrity: string | undefined): HTMLScriptElement {
  const element = doc.createElement('script');
  if (integrity) {
    element.integrity = integrity;
    element.crossOrigin = 'anonymous';
  } else element.type = 'module'; // the source, through the dev server
  element.src = src;
  return element;
}

function text(doc: Document, tag: string, content: string, attributes: Record<string, string> = {}) {
  const element = doc.createElement(tag);
  element.textContent = content;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/**
 * Fills the frame's empty document with the article page: its CSS (with the reserve CSS the partner
 * copies), the script, the widget's holder and the article's sections as headings with their ids.
 * Returns the holder: the element, or the iframe whose `src` carries the options.
 */
export function buildPreviewPage(
  doc: Document,
  {
    mode,
    article,
    reserveCss,
    files,
  }: { mode: Mode; article: ArticleSummary; reserveCss: string; files: WidgetFiles },
): HTMLElement {
  const view = doc.defaultView as Window & typeof globalThis;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS + reserveCss);
  doc.adoptedStyleSheets = [sheet];
  doc.documentElement.lang = 'en';
  const holder =
    mode === 'element'
      ? doc.createElement('personal-factors')
      : text(doc, 'iframe', '', {
          'data-personal-factors': '',
          title: 'Which parts of this article apply to you?',
          width: '100%',
          height: `${IFRAME_HEIGHT}`,
        });
  doc.body.replaceChildren(
    text(doc, 'p', 'Your article page', { class: 'kicker' }),
    text(doc, 'h1', article.title),
    text(doc, 'p', 'Your introduction. The widget sits after it, before the detail.'),
    holder,
    ...article.sections.flatMap((section) => [
      text(doc, 'h2', section.heading, { id: section.id }),
      text(doc, 'p', 'The section of your article that a result card links to.'),
    ]),
  );
  doc.head.append(
    mode === 'element'
      ? script(doc, files.embed, files.sri?.['embed.js'])
      : script(doc, files.resizer, files.sri?.['resizer.js']),
  );
  return holder;
}

/** The page's height, so the frame that shows it can be as tall and never scroll inside. */
export function pageHeight(doc: Document): number {
  const body = doc.body;
  const view = doc.defaultView as Window;
  return Math.ceil(
    body.getBoundingClientRect().bottom + Number.parseFloat(view.getComputedStyle(body).marginBottom),
  );
}
