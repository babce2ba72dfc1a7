// The README's copy-paste snippets must carry the integrity of the files this commit builds, or a
// partner who copies them gets a script the browser refuses to run.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const sri = JSON.parse(readFileSync('dist/sri.json', 'utf8')) as Record<string, string>;

describe("the README's embed snippets", () => {
  test.each(['embed.js', 'resizer.js'])('give the integrity hash of the built %s', (file) => {
    expect(sri[file]).toMatch(/^sha384-/);
    expect(readme, `copy the ${file} hash that npm run build prints into the README`).toContain(
      `integrity="${sri[file]}"`,
    );
  });
});
