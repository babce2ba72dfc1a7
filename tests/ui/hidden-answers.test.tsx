import { describe, expect, test, vi } from 'vitest';
import { assess } from '../../src/rules/assess';
import { optionLabel } from '../helpers/text';
import { click, next, openWidget, seeResults, skipTo } from './reader';

// Watch what the widget hands the rules, while they still run for real.
vi.mock('../../src/rules/assess', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/rules/assess')>();
  return { ...real, assess: vi.fn(real.assess) };
});

describe('answers the reader can no longer see', () => {
  test('are not sent to the rules', () => {
    openWidget();
    const takes = (supplement: string) => click('checkbox', optionLabel('supplements', supplement));
    click('radio', optionLabel('menopause', 'after'));
    skipTo(2);
    takes('d3');
    click('radio', optionLabel('d3_strength', 'yes'));
    takes('d3'); // the D3 strength is now hidden
    takes('k2');
    click('radio', optionLabel('k2_form', 'mk4'));
    takes('k2'); // and so is the K2 form
    takes('calcium');
    next();
    seeResults();
    expect(vi.mocked(assess).mock.lastCall?.[1]).toEqual({ menopause: 'after', supplements: ['calcium'] });
  });
});
