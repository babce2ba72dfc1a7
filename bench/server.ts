// A static server for the benchmark, on 127.0.0.1 only: /dist/ from the build, pages from bench/pages/
// (the static baseline) and then tests/fixtures/pages/ (the partner pages), like tests/embed/server.ts.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const PAGES = ['bench/pages', 'tests/fixtures/pages'];

/** Serves on a free port; `%NAME%` placeholders in pages are replaced from `values`. */
export async function serve(values: Record<string, string>) {
  const root = process.cwd();
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const files = path.startsWith('/dist/') ? [join(root, path)] : PAGES.map((dir) => join(root, dir, path));
    for (const file of files) {
      const body = await readFile(file).catch(() => undefined);
      if (!body) continue;
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
