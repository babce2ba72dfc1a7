// The first step of `npm test`: find the browser the browser tests drive, or install Debian's chromium
// when this is a Debian/Ubuntu machine run as root (CI, a container), or stop with one line saying
// what to install, before any test runs.
import { execFileSync } from 'node:child_process';
import { findBrowser, isDebianLike, osRelease, thisMachine } from './browser/find-browser';

const machine = thisMachine();
let found = findBrowser(machine);
const canInstall =
  !found.ok && !machine.env.CHROME_PATH && process.getuid?.() === 0 && isDebianLike(osRelease());
if (canInstall) {
  console.log("No Chromium found: installing Debian's chromium package with apt-get, for the browser tests.");
  const apt = (...args: string[]) =>
    execFileSync('apt-get', ['-qq', ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    apt('update');
    apt('install', '-y', 'chromium');
  } catch {
    // Reported below: the search still finds nothing.
  }
  found = findBrowser(machine);
}
if (!found.ok) {
  console.error(found.problem);
  process.exit(1);
}
