import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CONFUSABLES_FILE, confusablesModule, readConfusablesData } from '../../tools/generate-confusables';

test("the committed look-alike table is what the generator writes from Unicode's confusables data", () => {
  expect(readFileSync(CONFUSABLES_FILE, 'utf8'), 'run npx tsx tools/generate-confusables.ts').toBe(
    confusablesModule(readConfusablesData()),
  );
});

test('the table holds Cyrillic and Greek letters only, each read as one Latin letter', () => {
  const table = confusablesModule(readConfusablesData()).match(/'(.*)'/u)?.[1] ?? '';
  const pairs = [...table.matchAll(/(.)(.)/gu)];
  expect(pairs.length).toBeGreaterThan(30);
  for (const [, from, to] of pairs) {
    expect(from).toMatch(/^[\p{Script=Cyrillic}\p{Script=Greek}]$/u);
    expect(to).toMatch(/^[a-z]$/);
  }
  // The look-alikes a reader meets: Cyrillic а, е, о, р, с, х and Greek ο.
  for (const letter of ['а', 'е', 'о', 'р', 'с', 'х', 'ο']) expect(table).toContain(letter);
});
