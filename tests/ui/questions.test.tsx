import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import {
  caveatTitle,
  fill,
  groupLabel,
  optionLabel,
  progressLine,
  questionLabel,
  rowLegend,
  stepTitle,
  t,
  templatePattern,
} from '../helpers/text';
import {
  addMedication,
  back,
  cardTitles,
  click,
  next,
  openWidget,
  question,
  seeResults,
  skipTo,
  typeInto,
} from './reader';

const checked = (role: 'radio' | 'checkbox', name: string) =>
  (screen.getByRole(role, { name }) as HTMLInputElement).checked;
const ageBox = () => screen.getByLabelText(questionLabel('age')) as HTMLInputElement;
const MENOPAUSE = questionLabel('menopause');
const NOT_APPLICABLE = optionLabel('menopause', 'not_applicable');
const D3 = optionLabel('supplements', 'd3');
const K2 = optionLabel('supplements', 'k2');
const CALCIUM = optionLabel('supplements', 'calcium');
const NONE = optionLabel('supplements', 'none');
const DONT_KNOW = optionLabel('supplements', 'dont_know');
const PREFER_NOT = optionLabel('age', 'prefer_not');
/** The rows of "How often do you eat these?", in order, and the options of each. */
const FOODS = ['natto', 'fermented_other', 'hard_cheese', 'egg_yolks', 'fatty_fish', 'fortified'];
const HOW_OFTEN = ['weekly', 'sometimes', 'rarely', 'dont_know'];

describe('moving through the steps', () => {
  test('shows one step at a time with "Step n of 4", Back and Next', () => {
    openWidget();
    expect(screen.getByText(progressLine(1))).toBeTruthy();
    expect(screen.getByRole('heading', { name: stepTitle('about') })).toBeTruthy();
    expect(screen.queryByRole('button', { name: t.back })).toBeNull();
    next();
    expect(screen.getByText(progressLine(2))).toBeTruthy();
    expect(screen.getByRole('heading', { name: stepTitle('medicines') })).toBeTruthy();
    back();
    expect(screen.getByText(progressLine(1))).toBeTruthy();
  });

  test('does not take focus from the article on load, then moves it to each new step heading', () => {
    openWidget();
    expect(document.activeElement).toBe(document.body);
    next();
    const heading = screen.getByRole('heading', { name: stepTitle('medicines') });
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
    back();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: stepTitle('about') }));
  });

  test('keeps answers when the reader goes back', () => {
    openWidget();
    click('radio', NOT_APPLICABLE);
    typeInto(ageBox(), '52');
    next();
    back();
    expect(checked('radio', NOT_APPLICABLE)).toBe(true);
    expect(ageBox().value).toBe('52');
  });

  test('uses native radios in a fieldset whose legend is the question', () => {
    openWidget();
    const group = screen.getByRole('group', { name: MENOPAUSE });
    expect(group.tagName).toBe('FIELDSET');
    expect(question(MENOPAUSE).getAllByRole('radio')).toHaveLength(5);
  });

  test('asks about menopause directly, never about sex, with an answer for readers it does not apply to', () => {
    openWidget();
    expect(screen.queryByRole('group', { name: /sex/i })).toBeNull();
    expect(question(MENOPAUSE).getAllByRole('radio')[0]!.closest('label')!.textContent).toBe(NOT_APPLICABLE);
  });
});

describe('questions that depend on other answers', () => {
  test('asks about D3 strength only after D3 is ticked', () => {
    openWidget();
    skipTo(2);
    const strength = () => screen.queryByRole('group', { name: questionLabel('d3_strength') });
    expect(strength()).toBeNull();
    click('checkbox', K2);
    expect(strength()).toBeNull();
    click('checkbox', D3);
    expect(strength()).not.toBeNull();
  });

  test('asks which K2 form only after K2 is ticked, and forgets the answer when it is unticked', () => {
    openWidget();
    skipTo(2);
    const k2Form = () => screen.queryByRole('group', { name: questionLabel('k2_form') });
    expect(k2Form()).toBeNull();
    click('checkbox', K2);
    expect(k2Form()).not.toBeNull();
    click('radio', optionLabel('k2_form', 'mk7'));
    click('checkbox', K2);
    expect(k2Form()).toBeNull();
    next();
    seeResults();
    // The MK-7 answer belongs to a hidden question now, so it decides nothing.
    expect(cardTitles()).not.toContain(caveatTitle('k2-form'));
  });
});

describe('"None of these" and other exclusive options', () => {
  test('clear every other tick, and a new tick clears them', () => {
    openWidget();
    skipTo(2);
    click('checkbox', D3);
    click('checkbox', K2);
    click('checkbox', NONE);
    expect(checked('checkbox', NONE)).toBe(true);
    expect(checked('checkbox', D3)).toBe(false);
    expect(checked('checkbox', K2)).toBe(false);
    click('checkbox', CALCIUM);
    expect(checked('checkbox', CALCIUM)).toBe(true);
    expect(checked('checkbox', NONE)).toBe(false);
    click('checkbox', DONT_KNOW);
    expect(checked('checkbox', CALCIUM)).toBe(false);
    expect(checked('checkbox', DONT_KNOW)).toBe(true);
  });
});

describe('typing an age', () => {
  test('is a labelled text box that brings up a number keypad', () => {
    openWidget();
    expect(ageBox().type).toBe('text');
    expect(ageBox().inputMode).toBe('numeric');
  });

  test.each(['sixty', '200', '0', '45.5', '-3'])(
    'rejects "%s" with a specific message tied to the box, and does not move on',
    (typed) => {
      openWidget();
      typeInto(ageBox(), typed);
      next();
      expect(screen.getByText(progressLine(1))).toBeTruthy();
      const error = screen.getByText(fill(t.numberInvalid, { min: 1, max: 120 }));
      expect(ageBox().getAttribute('aria-invalid')).toBe('true');
      expect(ageBox().getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
      expect(document.activeElement).toBe(ageBox());
    },
  );

  test('shows the error once the reader leaves the box, and clears it when fixed', () => {
    openWidget();
    typeInto(ageBox(), '130');
    expect(ageBox().getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(ageBox());
    expect(ageBox().getAttribute('aria-invalid')).toBe('true');
    typeInto(ageBox(), '71');
    expect(ageBox().getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(templatePattern(t.numberInvalid, {}, { at: 'anywhere' }))).toBeNull();
    next();
    expect(screen.getByText(progressLine(2))).toBeTruthy();
  });

  test('"Prefer not to say" replaces a typed age, and typing an age unticks it', () => {
    openWidget();
    typeInto(ageBox(), 'abc');
    click('checkbox', PREFER_NOT);
    expect(ageBox().value).toBe('');
    next();
    expect(screen.getByText(progressLine(2))).toBeTruthy();
    back();
    expect(checked('checkbox', PREFER_NOT)).toBe(true);
    typeInto(ageBox(), '40');
    expect(checked('checkbox', PREFER_NOT)).toBe(false);
  });

  test('an empty box is a skip, not an error', () => {
    openWidget();
    typeInto(ageBox(), '5');
    typeInto(ageBox(), '');
    fireEvent.blur(ageBox());
    expect(ageBox().getAttribute('aria-invalid')).toBeNull();
    next();
    expect(screen.getByText(progressLine(2))).toBeTruthy();
  });
});

describe('a shorter questionnaire', () => {
  test('says up front what the reader gets, that every question is optional, and how long it takes', () => {
    openWidget();
    expect(screen.getByText(t.intro)).toBeTruthy();
  });

  test('asks how often one eats each food as one group, one labelled row of radios per food', () => {
    openWidget();
    skipTo(3);
    const group = screen.getByRole('group', { name: groupLabel('how_often') });
    const rows = within(group).getAllByRole('group');
    expect(rows.map((row) => row.querySelector('legend')?.textContent)).toEqual(FOODS.map(rowLegend));
    rows.forEach((row, i) => {
      expect(
        within(row)
          .getAllByRole('radio')
          .map((r) => r.closest('label')?.textContent),
      ).toEqual(HOW_OFTEN.map((option) => optionLabel(FOODS[i] as string, option)));
    });
    const sometimes = (row: number) =>
      within(rows[row] as HTMLElement).getByRole('radio', {
        name: optionLabel(FOODS[row] as string, 'sometimes'),
      });
    fireEvent.click(sometimes(2));
    expect(sometimes(2)).toHaveProperty('checked', true);
    expect(sometimes(3)).toHaveProperty('checked', false);
  });

  test('lets a reader who has answered the medicines go straight to the results', () => {
    openWidget();
    skipTo(2);
    addMedication('Coumadin');
    expect(screen.getAllByRole('button', { name: t.seeResults })).toHaveLength(1);
    seeResults();
    expect(screen.getByRole('heading', { name: t.results.heading })).toBeTruthy();
    expect(cardTitles()[0]).toBe(caveatTitle('anticoagulant-vka'));
  });

  test('offers the shortcut only once the medicines have been asked, not on step 1', () => {
    openWidget();
    expect(screen.queryByRole('button', { name: t.seeResults })).toBeNull();
  });
});
