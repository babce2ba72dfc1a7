// The partner scripts leave out what only the content checker reads: the articles' invariants.
import { expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
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
  for (const caveat of d3k2.pack.caveats) expect(shipped).toContain(caveat.title);
}, 60_000);
