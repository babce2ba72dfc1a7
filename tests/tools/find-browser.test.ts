// A partner clones the project and runs `npm test`: the browser tests find the machine's Chromium or
// Chrome, or the command stops at once with one line that says what to install.
import { spawnSync } from 'node:child_process';
import { delimiter } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findBrowser, INSTALL_HINT, isDebianLike, type Machine } from '../../tools/browser/find-browser';

/** A machine with these executables on disk and nothing else. */
const machine = (
  executables: string[],
  env: Machine['env'] = {},
  platform: NodeJS.Platform = 'linux',
): Machine => ({ env, platform, isExecutable: (path) => executables.includes(path) });

describe('finding a browser', () => {
  test('takes CHROME_PATH first, over Debian’s Chromium', () => {
    const found = findBrowser(machine(['/usr/bin/chromium', '/opt/chrome'], { CHROME_PATH: '/opt/chrome' }));
    expect(found).toEqual({ ok: true, path: '/opt/chrome' });
  });

  test('says so when CHROME_PATH names nothing, rather than quietly using another browser', () => {
    const found = findBrowser(machine(['/usr/bin/chromium'], { CHROME_PATH: '/nowhere/chrome' }));
    expect(found).toEqual({
      ok: false,
      problem:
        'CHROME_PATH is "/nowhere/chrome", which is not an executable file: point it at Chromium or Google Chrome, or unset it.',
    });
  });

  test('then Debian’s /usr/bin/chromium, with an empty PATH', () => {
    expect(findBrowser(machine(['/usr/bin/chromium'], { PATH: '' }))).toEqual({
      ok: true,
      path: '/usr/bin/chromium',
    });
  });

  test('then Ubuntu’s chromium-browser on PATH, before Google Chrome', () => {
    const PATH = ['/usr/local/bin', '/snap/bin'].join(delimiter);
    const found = findBrowser(
      machine(['/usr/local/bin/google-chrome', '/snap/bin/chromium-browser'], { PATH }),
    );
    expect(found).toEqual({ ok: true, path: '/snap/bin/chromium-browser' });
  });

  test('then Google Chrome where its installer puts it on Linux and on macOS', () => {
    expect(findBrowser(machine(['/opt/google/chrome/chrome']))).toEqual({
      ok: true,
      path: '/opt/google/chrome/chrome',
    });
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(machine([mac], { PATH: '/usr/bin' }, 'darwin'))).toEqual({ ok: true, path: mac });
  });

  test('with an empty PATH and none of the usual paths, answers with the one line that says what to install', () => {
    const found = findBrowser(machine([], { PATH: '' }));
    expect(found).toEqual({ ok: false, problem: INSTALL_HINT });
    expect(INSTALL_HINT).not.toContain('\n');
    expect(INSTALL_HINT).toMatch(/apt-get install chromium.*brew install --cask google-chrome.*CHROME_PATH/);
  });

  test('knows the machines where Debian’s chromium can be installed', () => {
    expect(isDebianLike('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe(true);
    expect(isDebianLike('ID=ubuntu\nID_LIKE=debian\n')).toBe(true);
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike('ID=fedora\n')).toBe(false);
    expect(isDebianLike('')).toBe(false);
  });
});

describe("npm test's first step", () => {
  const ensure = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'tools/ensure-browser.ts'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  test('stops with that one line, and no stack trace, when the browser it was told to use is missing', () => {
    const run = ensure({ CHROME_PATH: '/nowhere/chrome', PATH: '' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'CHROME_PATH is "/nowhere/chrome", which is not an executable file: point it at Chromium or Google Chrome, or unset it.',
    ]);
  });

  test('passes quietly when the browser it was told to use is there', () => {
    // Any executable will do for the search: it checks the file, and launch() starts it later.
    const run = ensure({ CHROME_PATH: process.execPath, PATH: '' });
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
  });
});
