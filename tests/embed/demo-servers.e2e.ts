// The README's first command, and the production preview, as a newcomer runs them: each serves the
// demo article and the configurator, and Chromium shows the widget's first step on both.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from '../../tools/browser/browser';
import { progressLine, questionLabel, stepTitle } from '../helpers/text';

/** A port nothing listens on now: the OS picks it, and we let it go. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Runs `npm <args>` in its own process group, so stopping it stops the server npm started. */
function npm(args: string[]): ChildProcess {
  return spawn('npm', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
}

function stop(child: ChildProcess | undefined): void {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

/** Resolves once `url` answers 200; fails with what the server printed if it exits or takes too long. */
async function answers(url: string, child: ChildProcess, timeout: number): Promise<void> {
  let printed = '';
  child.stdout?.on('data', (chunk) => (printed += chunk));
  child.stderr?.on('data', (chunk) => (printed += chunk));
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server stopped (${child.exitCode}):\n${printed}`);
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never answered:\n${printed}`);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe.each([
  {
    command: 'npm start',
    args: (port: number) => ['start', '--', '--port', `${port}`, '--strictPort'],
    wait: 60_000,
    // The source, nothing built: the snippet marks where the hashes go, and says they come from a build.
    configurator: { path: '/configurator.html', integrity: () => 'sha384-HASH_OF_EMBED_JS', devNote: 1 },
  },
  // The preview builds first (dist/ is what it serves), so it takes longer to answer.
  {
    command: 'npm run preview',
    args: (port: number) => ['run', 'preview', '--', '--port', `${port}`],
    wait: 150_000,
    configurator: {
      path: '/dist/configurator.html',
      integrity: () =>
        (JSON.parse(readFileSync('dist/sri.json', 'utf8')) as Record<string, string>)['embed.js'],
      devNote: 0,
    },
  },
])('$command', ({ args, wait, configurator }) => {
  let server: ChildProcess | undefined;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = npm(args(port));
    await answers(`${origin}/`, server, wait);
  }, wait + 10_000);
  afterAll(() => stop(server));

  test('serves the demo article, whose widget shows its first step in Chromium', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // A failed request is reported below with its URL.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(message.text());
    });
    // The browser asks for a favicon on its own; the demo has none.
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${origin}/`);
    expect(await page.locator('h1').textContent()).toBe('D3 and K2 together: what the research says');
    const widget = page.locator('personal-factors');
    await widget.locator('.pfw-step').waitFor();
    expect(await widget.locator('.pfw-progress').textContent()).toBe(progressLine(1));
    expect(await widget.getByRole('heading', { name: stepTitle('about') }).isVisible()).toBe(true);
    expect(await widget.getByLabel(questionLabel('age')).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('serves the configurator, whose preview shows the widget and whose snippet carries the right integrity', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${origin}${configurator.path}`);
    const widget = page.frameLocator('.preview-frame').locator('personal-factors');
    await widget.getByRole('heading', { name: stepTitle('about') }).waitFor();
    expect(await page.locator('#snippet').textContent()).toContain(`integrity="${configurator.integrity()}"`);
    expect(await page.locator('#dev-note').count()).toBe(configurator.devNote);
    expect(errors).toEqual([]);
    await context.close();
  });
});
