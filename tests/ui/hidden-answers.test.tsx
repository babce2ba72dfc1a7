import { describe, expect, test, vi } from 'vitest';
import { assess } from '../../src/rules/assess';
import { click, next, openWidget, seeResults, skipTo } from './reader';

// Watch what the widget hands the rules, while they still run for real.
vi.mock('../../src/rules/assess', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/rules/assess')>();
  return { ...real, assess: vi.fn(real.assess) };
});

describe('answers the reader can no longer see', () => {
  test('are not sent to the rules', () => {
    openWidget();
    click('radio', "Yes, I've been through it");
    skipTo(2);
    click('checkbox', 'Vitamin D3');
    click('radio', 'Yes');
    click('checkbox', 'Vitamin D3'); // the D3 strength is now hidden
    click('checkbox', 'Vitamin K2');
    click('radio', 'MK-4');
    click('checkbox', 'Vitamin K2'); // and so is the K2 form
    click('checkbox', 'Calcium');
    next();
    seeResults();
    expect(vi.mocked(assess).mock.lastCall?.[1]).toEqual({ menopause: 'after', supplements: ['calcium'] });
  });
});
