import { screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { isDoseFree } from '../../src/text/dosing-guard';
import { fill } from '../../src/text/fill';
import { en } from '../../src/ui/messages/en';
import type { Messages } from '../../src/ui/messages/messages';
import { openWidget } from './reader';

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as object).flatMap(strings);

describe('the message catalog', () => {
  test('fill fills placeholders and leaves unknown ones visible', () => {
    expect(fill(en.progress, { current: 2, total: 7 })).toBe('Step 2 of 7');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  test('holds no dosing language', () => {
    for (const text of strings(en)) expect(isDoseFree(text), text).toBe(true);
  });

  test('a second catalog of the Messages shape is what the widget speaks', () => {
    const pirate = {
      ...en,
      next: 'Onward',
      progress: 'Leg {current} of {total}',
    } satisfies Messages;
    openWidget({ messages: pirate });
    expect(screen.getByRole('button', { name: 'Onward' })).toBeTruthy();
    expect(screen.getByText('Leg 1 of 4')).toBeTruthy();
  });
});
