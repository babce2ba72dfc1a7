// The benchmark's static server: tools/browser/server.ts's, with tools/bench/pages/ (the static baseline) in
// front of the partner pages, a mark in front of embed.js, so the probe can time from the moment
// the script starts running, and each page also as it was before the widget (`/no-widget/…`).
import { serve } from '../browser/server';
import { SCRIPT_START_MARK } from './marks';

const EMBED = '/dist/embed.js';
const NO_WIDGET = '/no-widget/';
/** The built script as the bench serves it: one `performance.mark` in front, nothing else changed. */
export const servedEmbed = (built: Buffer) =>
  Buffer.concat([Buffer.from(`performance.mark(${JSON.stringify(SCRIPT_START_MARK)});\n`), built]);

/** A partner page before the snippet was pasted: no widget script, element or iframe. */
const withoutWidget = (html: string) =>
  html
    .replace(/\n\s*<script src="[^"]*\/dist\/(embed|resizer)\.js"[^>]*><\/script>/g, '')
    .replace(/\n\s*<personal-factors[^>]*><\/personal-factors>/g, '')
    .replace(/\n\s*<iframe\s+data-personal-factors[\s\S]*?<\/iframe>/g, '');

/** `/no-widget/plain.html` is `/plain.html` without the widget. */
export const withoutWidgetPath = (path: string) => `${NO_WIDGET}${path.replace(/^\//, '')}`;

/** Serves on a free port; `%NAME%` placeholders in pages are replaced from `values`. */
export const serveBench = (values: Record<string, string>) =>
  serve(values, {
    pages: ['tools/bench/pages', 'tests/fixtures/pages'],
    source: (path) => (path.startsWith(NO_WIDGET) ? `/${path.slice(NO_WIDGET.length)}` : path),
    rewrite: (path, body) => {
      if (path === EMBED) return servedEmbed(body);
      if (path.startsWith(NO_WIDGET)) {
        const page = withoutWidget(body.toString('utf8'));
        if (page.includes('/dist/')) throw new Error(`bench: ${path} still has the widget`);
        return Buffer.from(page);
      }
      return body;
    },
  });
