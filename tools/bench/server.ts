// The benchmark's static server: tools/browser/server.ts's, with tools/bench/pages/ (the static baseline) in
// front of the partner pages, and a mark in front of embed.js, so the probe can time from the moment
// the script starts running.
import { serve } from '../browser/server';
import { SCRIPT_START_MARK } from './marks';

const EMBED = '/dist/embed.js';
/** The built script as the bench serves it: one `performance.mark` in front, nothing else changed. */
export const servedEmbed = (built: Buffer) =>
  Buffer.concat([Buffer.from(`performance.mark(${JSON.stringify(SCRIPT_START_MARK)});\n`), built]);

/** Serves on a free port; `%NAME%` placeholders in pages are replaced from `values`. */
export const serveBench = (values: Record<string, string>) =>
  serve(values, {
    pages: ['tools/bench/pages', 'tests/fixtures/pages'],
    rewrite: (path, body) => (path === EMBED ? servedEmbed(body) : body),
  });
