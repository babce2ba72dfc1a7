// The partner scripts leave out what only the content checker reads: the articles' invariants.
import { expect, test } from 'vitest';
import { invariants } from '../../src/content/d3-k2/invariants';
import { embedScriptInMemory } from '../../tools/embed-script';

test('embed.js carries no invariant, and still every caveat the element shows', async () => {
  const [shipped, everything] = await Promise.all([
    embedScriptInMemory(),
    embedScriptInMemory({ keepInvariants: true }),
  ]);
  const description = invariants[0]?.description ?? '';
  expect(everything).toContain(description);
  expect(shipped).not.toContain(description);
  expect(shipped).toContain('Blood thinners and vitamin K2: talk to your prescriber first');
}, 60_000);
