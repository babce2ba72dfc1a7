import { describe, expect, test, vi } from 'vitest';
import { evaluate } from '../../src/rules/evaluate';
import { click, next, openWidget, seeResults, skipTo } from './reader';

// Watch what the widget hands the rules, while they still run for real.
vi.mock('../../src/rules/evaluate', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/rules/evaluate')>();
  return { ...real, evaluate: vi.fn(real.evaluate) };
});

describe('answers the reader can no longer see', () => {
  test('are not sent to the rules', () => {
    openWidget();
    click('radio', 'Female');
    click('radio', 'After menopause');
    click('radio', 'Male'); // menopause is now hidden
    skipTo(6);
    click('checkbox', 'Vitamin K2');
    click('radio', 'MK-4');
    click('checkbox', 'Vitamin K2'); // and so is the K2 form
    click('checkbox', 'Calcium');
    next();
    seeResults();
    expect(vi.mocked(evaluate).mock.lastCall?.[1]).toEqual({ sex: 'male', supplements: ['calcium'] });
  });
});
