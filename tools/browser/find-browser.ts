// Which Chromium or Chrome the browser tests drive: an explicit CHROME_PATH, else the usual places on
// Debian/Ubuntu, other Linux and macOS. Never downloads one; `tools/ensure-browser.ts` says what to install.
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What the search looks at, so a test can hand it an empty PATH and a disk with nothing on it. */
export type Machine = {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  isExecutable: (path: string) => boolean;
};

export type BrowserSearch = { ok: true; path: string } | { ok: false; problem: string };

/** Commands looked up on PATH, in order: Chromium under its Debian and Ubuntu names, then Chrome. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** Fixed places, before (Debian's) and after the PATH lookup. */
const FIRST = ['/usr/bin/chromium'];
const LAST: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/opt/google/chrome/chrome'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
};

export const INSTALL_HINT =
  'Browser tests need Chromium or Google Chrome, and none was found: install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: `brew install --cask google-chrome`) or set CHROME_PATH to its executable.';

/** The browser to drive, or the one line that says what to install. */
export function findBrowser(machine: Machine = thisMachine()): BrowserSearch {
  const { env, platform, isExecutable } = machine;
  if (env.CHROME_PATH) {
    return isExecutable(env.CHROME_PATH)
      ? { ok: true, path: env.CHROME_PATH }
      : {
          ok: false,
          problem: `CHROME_PATH is "${env.CHROME_PATH}", which is not an executable file: point it at Chromium or Google Chrome, or unset it.`,
        };
  }
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => COMMANDS.map((command) => ({ command, path: join(dir, command) })))
    .sort((a, b) => COMMANDS.indexOf(a.command) - COMMANDS.indexOf(b.command))
    .map(({ path }) => path);
  const path = [...(platform === 'win32' ? [] : FIRST), ...onPath, ...(LAST[platform] ?? [])].find(
    isExecutable,
  );
  return path ? { ok: true, path } : { ok: false, problem: INSTALL_HINT };
}

/** True on Debian, Ubuntu and their derivatives, where Debian's chromium package can be installed. */
export function isDebianLike(osRelease: string): boolean {
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
}

export function thisMachine(): Machine {
  return {
    env: process.env,
    platform: process.platform,
    isExecutable: (path) => {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** /etc/os-release, or nothing off Linux. */
export function osRelease(): string {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}
