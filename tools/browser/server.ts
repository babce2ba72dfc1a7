// A static server for the browser tests (and the bench), on 127.0.0.1 only: the built widget under
// /dist/ and the partner pages from tests/fixtures/pages/, with each page's own headers (e.g. a strict CSP).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'none'; img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

/** Headers per page: the strict-CSP partner sends its policy as a real header. */
const PAGE_HEADERS: Record<string, Record<string, string>> = {
  '/strict-csp.html': { 'content-security-policy': STRICT_CSP },
};

type Served = { origin: string; close: () => Promise<void> };

/** Where `serve` finds what it serves, and what it changes on the way. */
type ServeOptions = {
  /** Folders that hold everything outside /dist/, searched in order. */
  pages?: string[];
  /** The path of the file served for a URL path (the bench serves pages without the widget this way). */
  source?: (path: string) => string;
  /** A file's bytes as served, by URL path (the bench puts a mark in front of embed.js). */
  rewrite?: (path: string, body: Buffer) => Buffer;
  /** The page served at `/` (the preview's demo article); without it, `/` is not found. */
  index?: string;
  /** 0: any free port. */
  port?: number;
  /** When given, only paths it matches are served (the preview serves the project's root folder). */
  only?: RegExp;
  /** A page made for the request rather than read from a file (a test's page per query), or undefined. */
  made?: (url: URL) => MadePage | undefined;
};

/** What a test makes for a request: the body, HTML unless its headers say otherwise, with any other headers (a CSP, say). */
export type MadePage = { body: string; headers?: Record<string, string> };

/** Serves the project on a free port; `%NAME%` placeholders in pages are replaced from `values`. */
export async function serve(
  values: Record<string, string> = {},
  {
    pages = ['tests/fixtures/pages'],
    source = (path) => path,
    rewrite = (_path, body) => body,
    index,
    port = 0,
    only,
    made,
  }: ServeOptions = {},
): Promise<Served> {
  const root = process.cwd();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const page = made?.(url);
    if (page) {
      response.writeHead(200, { 'content-type': TYPES['.html'], ...page.headers });
      response.end(page.body);
      return;
    }
    const asked = normalize(decodeURIComponent(url.pathname));
    const path = asked === '/' && index ? index : asked;
    if (path === '/favicon.ico') {
      response.writeHead(204).end(); // browsers ask for it; a 404 would read as a console error
      return;
    }
    const allowed = !only || only.test(path);
    const from = source(path);
    const files = !allowed
      ? []
      : from.startsWith('/dist/')
        ? [join(root, from)]
        : pages.map((dir) => join(root, dir, from));
    for (const file of files) {
      const read = await readFile(file).catch(() => undefined);
      if (!read) continue;
      let body: Buffer | string = rewrite(path, read);
      if (extname(file) === '.html') {
        body = body.toString('utf8').replace(/%([A-Z_]+)%/g, (whole, key: string) => values[key] ?? whole);
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...PAGE_HEADERS[path],
      });
      response.end(body);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: listening } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${listening}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser's keep-alive connections would hold close() open
      }),
  };
}

/**
 * Two servers, two origins: the partner's (`host`) and the widget's (`widget`, for iframe mode).
 * Pages see both origins and the built script's SRI hash through their placeholders.
 */
export async function servePartners(): Promise<{ host: Served; widget: Served; close: () => Promise<void> }> {
  let sri: Record<string, string>;
  try {
    sri = JSON.parse(await readFile(join(process.cwd(), 'dist/sri.json'), 'utf8'));
  } catch {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  }
  const values: Record<string, string> = { EMBED_SRI: sri['embed.js'] ?? '' };
  const [host, widget] = await Promise.all([serve(values), serve(values)]);
  values.HOST_ORIGIN = host.origin;
  values.WIDGET_ORIGIN = widget.origin;
  return { host, widget, close: async () => void (await Promise.all([host.close(), widget.close()])) };
}
