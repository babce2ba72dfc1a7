// A static server for the benchmark, on 127.0.0.1 only: /dist/ from the build, pages from bench/pages/
// (the static baseline) and then tests/fixtures/pages/ (the partner pages), like tests/embed/server.ts.
// embed.js gets a mark in front, so the probe can time from the moment the script starts running.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { SCRIPT_START_MARK } from './marks';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const PAGES = ['bench/pages', 'tests/fixtures/pages'];

const EMBED = '/dist/embed.js';
/** The built script as the bench serves it: one `performance.mark` in front, nothing else changed. */
export const servedEmbed = (built: Buffer) =>
  Buffer.concat([Buffer.from(`performance.mark(${JSON.stringify(SCRIPT_START_MARK)});\n`), built]);

/** Serves on a free port; `%NAME%` placeholders in pages are replaced from `values`. */
export async function serve(values: Record<string, string>) {
  const root = process.cwd();
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const files = path.startsWith('/dist/') ? [join(root, path)] : PAGES.map((dir) => join(root, dir, path));
    for (const file of files) {
      const read = await readFile(file).catch(() => undefined);
      if (!read) continue;
      const body = path === EMBED ? servedEmbed(read) : read;
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type });
      const text = type.startsWith('text/html') && body.toString('utf8');
      response.end(text ? text.replace(/%([A-Z_]+)%/g, (whole, key: string) => values[key] ?? whole) : body);
      return;
    }
    response.writeHead(404).end(); // including /favicon.ico: no page here links one
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
