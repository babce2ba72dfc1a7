import { describe, expect, test } from 'vitest';
import { fill } from '../../src/text/fill';

describe('filling "why" lines and messages', () => {
  test('every placeholder is filled, numbers included', () => {
    expect(fill('{n} of {total}: {n}', { n: 2, total: 7 })).toBe('2 of 7: 2');
  });

  test('a filled-in value is never read as a placeholder, so typed text cannot pull in another value', () => {
    expect(
      fill('You entered “{typed}”, {description}', {
        typed: '{description}',
        description: 'a blood thinner',
      }),
    ).toBe('You entered “{description}”, a blood thinner');
  });

  test('braces that are not placeholders stay as written, even around one that is', () => {
    expect(fill('{ {answer} } {constructor} {', { answer: 'yes' })).toBe('{ yes } {constructor} {');
  });
});
