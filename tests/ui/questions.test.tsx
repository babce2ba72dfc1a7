import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
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
  titleOf,
  typeInto,
} from './reader';

const checked = (role: 'radio' | 'checkbox', name: string) =>
  (screen.getByRole(role, { name }) as HTMLInputElement).checked;
const ageBox = () => screen.getByLabelText('How old are you?') as HTMLInputElement;

describe('moving through the steps', () => {
  test('shows one step at a time with "Step n of 4", Back and Next', () => {
    openWidget();
    expect(screen.getByText('Step 1 of 4')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'About you' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    next();
    expect(screen.getByText('Step 2 of 4')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Medicines and supplements' })).toBeTruthy();
    back();
    expect(screen.getByText('Step 1 of 4')).toBeTruthy();
  });

  test('does not take focus from the article on load, then moves it to each new step heading', () => {
    openWidget();
    expect(document.activeElement).toBe(document.body);
    next();
    const heading = screen.getByRole('heading', { name: 'Medicines and supplements' });
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
    back();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'About you' }));
  });

  test('keeps answers when the reader goes back', () => {
    openWidget();
    click('radio', "Doesn't apply to me");
    typeInto(ageBox(), '52');
    next();
    back();
    expect(checked('radio', "Doesn't apply to me")).toBe(true);
    expect(ageBox().value).toBe('52');
  });

  test('uses native radios in a fieldset whose legend is the question', () => {
    openWidget();
    const group = screen.getByRole('group', { name: 'Have you been through menopause?' });
    expect(group.tagName).toBe('FIELDSET');
    expect(question('Have you been through menopause?').getAllByRole('radio')).toHaveLength(5);
  });

  test('asks about menopause directly, never about sex, with an answer for readers it does not apply to', () => {
    openWidget();
    expect(screen.queryByRole('group', { name: /sex/i })).toBeNull();
    expect(
      question('Have you been through menopause?').getAllByRole('radio')[0]!.closest('label')!.textContent,
    ).toBe("Doesn't apply to me");
  });
});

describe('questions that depend on other answers', () => {
  test('asks about D3 strength only after D3 is ticked', () => {
    openWidget();
    skipTo(2);
    const strength = () =>
      screen.queryByRole('group', { name: 'Is your vitamin D3 a high-strength or prescription product?' });
    expect(strength()).toBeNull();
    click('checkbox', 'Vitamin K2');
    expect(strength()).toBeNull();
    click('checkbox', 'Vitamin D3');
    expect(strength()).not.toBeNull();
  });

  test('asks which K2 form only after K2 is ticked, and forgets the answer when it is unticked', () => {
    openWidget();
    skipTo(2);
    const k2Form = () => screen.queryByRole('group', { name: 'Which form of K2 is it?' });
    expect(k2Form()).toBeNull();
    click('checkbox', 'Vitamin K2');
    expect(k2Form()).not.toBeNull();
    click('radio', 'MK-7');
    click('checkbox', 'Vitamin K2');
    expect(k2Form()).toBeNull();
    next();
    seeResults();
    // The MK-7 answer belongs to a hidden question now, so it decides nothing.
    expect(cardTitles()).not.toContain('MK-4 and MK-7 work in different ways');
  });
});

describe('"None of these" and other exclusive options', () => {
  test('clear every other tick, and a new tick clears them', () => {
    openWidget();
    skipTo(2);
    click('checkbox', 'Vitamin D3');
    click('checkbox', 'Vitamin K2');
    click('checkbox', 'None of these');
    expect(checked('checkbox', 'None of these')).toBe(true);
    expect(checked('checkbox', 'Vitamin D3')).toBe(false);
    expect(checked('checkbox', 'Vitamin K2')).toBe(false);
    click('checkbox', 'Calcium');
    expect(checked('checkbox', 'Calcium')).toBe(true);
    expect(checked('checkbox', 'None of these')).toBe(false);
    click('checkbox', "I don't know");
    expect(checked('checkbox', 'Calcium')).toBe(false);
    expect(checked('checkbox', "I don't know")).toBe(true);
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
      expect(screen.getByText('Step 1 of 4')).toBeTruthy();
      const error = screen.getByText('Enter a whole number from 1 to 120, or leave it empty to skip.');
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
    expect(screen.queryByText(/Enter a whole number/)).toBeNull();
    next();
    expect(screen.getByText('Step 2 of 4')).toBeTruthy();
  });

  test('"Prefer not to say" replaces a typed age, and typing an age unticks it', () => {
    openWidget();
    typeInto(ageBox(), 'abc');
    click('checkbox', 'Prefer not to say');
    expect(ageBox().value).toBe('');
    next();
    expect(screen.getByText('Step 2 of 4')).toBeTruthy();
    back();
    expect(checked('checkbox', 'Prefer not to say')).toBe(true);
    typeInto(ageBox(), '40');
    expect(checked('checkbox', 'Prefer not to say')).toBe(false);
  });

  test('an empty box is a skip, not an error', () => {
    openWidget();
    typeInto(ageBox(), '5');
    typeInto(ageBox(), '');
    fireEvent.blur(ageBox());
    expect(ageBox().getAttribute('aria-invalid')).toBeNull();
    next();
    expect(screen.getByText('Step 2 of 4')).toBeTruthy();
  });
});

describe('a shorter questionnaire', () => {
  test('says up front what the reader gets, that every question is optional, and how long it takes', () => {
    openWidget();
    expect(
      screen.getByText(/^About 2 minutes, every question optional: see what applies to you/),
    ).toBeTruthy();
  });

  test('asks how often one eats each food as one group, one labelled row of radios per food', () => {
    openWidget();
    skipTo(3);
    const group = screen.getByRole('group', { name: 'How often do you eat these?' });
    const rows = within(group).getAllByRole('group');
    expect(rows.map((row) => row.querySelector('legend')?.textContent)).toEqual([
      'Natto (a Japanese fermented soy food)',
      'Other fermented foods, such as sauerkraut or kefir',
      'Hard cheeses',
      'Egg yolks',
      'Fatty fish, such as salmon or sardines',
      'Foods with vitamin D added, such as some milk or cereal',
    ]);
    for (const row of rows) {
      expect(
        within(row)
          .getAllByRole('radio')
          .map((r) => r.closest('label')?.textContent),
      ).toEqual(['Weekly or more', 'Now and then', 'Rarely or never', "I don't know"]);
    }
    fireEvent.click(within(rows[2] as HTMLElement).getByRole('radio', { name: 'Now and then' }));
    expect(within(rows[2] as HTMLElement).getByRole('radio', { name: 'Now and then' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(rows[3] as HTMLElement).getByRole('radio', { name: 'Now and then' })).toHaveProperty(
      'checked',
      false,
    );
  });

  test('lets a reader who has answered the medicines go straight to the results', () => {
    openWidget();
    skipTo(2);
    addMedication('Coumadin');
    expect(screen.getAllByRole('button', { name: 'See my results' })).toHaveLength(1);
    seeResults();
    expect(screen.getByRole('heading', { name: 'What applies to you' })).toBeTruthy();
    expect(cardTitles()[0]).toBe(titleOf('anticoagulant-vka'));
  });

  test('offers the shortcut only once the medicines have been asked, not on step 1', () => {
    openWidget();
    expect(screen.queryByRole('button', { name: 'See my results' })).toBeNull();
  });
});
