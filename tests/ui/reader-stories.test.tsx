import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import {
  addMedication,
  cards,
  cardTitles,
  click,
  dosingLanguageIn,
  openWidget,
  question,
  seeResults,
  skipTo,
  skipToResults,
  titleOf,
  typeInto,
} from './reader';

const INTERACTION = titleOf('anticoagulant-vka');
const ALWAYS = titleOf('amounts-for-your-provider');
const PAIRING = titleOf('pairing-evidence');
const IF_BLOOD_THINNER = titleOf('anticoagulant-if-taken');
const OLDER = titleOf('older-adult');

describe('an older reader on Coumadin who takes D3 and calcium', () => {
  const complete = () => {
    const view = openWidget();
    typeInto(screen.getByLabelText('How old are you?'), '71');
    skipTo(2);
    addMedication('Coumadin');
    click('checkbox', 'Vitamin D3');
    click('checkbox', 'Calcium');
    seeResults(); // straight from the medicines step: the later steps are optional
    return view;
  };

  test('sees the blood-thinner interaction first, marked "Interaction" in words, not colour alone', () => {
    complete();
    const first = cards()[0]!;
    expect(within(first).getByRole('heading').textContent).toBe(INTERACTION);
    expect(within(first).getByText('Interaction')).toBeTruthy();
    expect(first.classList.contains('pfw-interaction')).toBe(true);
  });

  test('is told why, in plain words about what they typed', () => {
    complete();
    const first = cards()[0]!;
    expect(within(first).getByText("Why you're seeing this")).toBeTruthy();
    expect(within(first).getByRole('listitem').textContent).toBe(
      'You take Coumadin, a brand of warfarin, a blood thinner that works against vitamin K',
    );
  });

  test('also sees the calcium and older-adult caveats, and the ones shown to everyone', () => {
    complete();
    expect(cardTitles()).toEqual(
      expect.arrayContaining([titleOf('calcium-supplements'), OLDER, PAIRING, ALWAYS]),
    );
    const older = cards().find((c) => c.dataset.caveat === 'older-adult')!;
    expect(within(older).getByText('You are 71 years old')).toBeTruthy();
  });

  test('never reads dosing language anywhere in the results', () => {
    const { container } = complete();
    expect(dosingLanguageIn(container)).toEqual([]);
  });
});

describe('a reader who eats natto weekly and takes no medicines', () => {
  test('sees the natto caveat and no blood-thinner interaction, not even as unchecked', () => {
    const { container } = openWidget();
    skipTo(2);
    click('checkbox', "I don't take any medicines at the moment");
    skipTo(3);
    fireEvent.click(
      question('Natto (a Japanese fermented soy food)').getByRole('radio', {
        name: 'Weekly or more',
      }),
    );
    skipToResults();
    expect(cardTitles()).toContain(titleOf('natto-eater'));
    expect(screen.queryByText('Interaction')).toBeNull();
    expect(screen.queryByText(INTERACTION)).toBeNull();
    expect(dosingLanguageIn(container)).toEqual([]);
  });
});

describe('a reader who skips every question', () => {
  test('sees the blood-thinner warning as a condition first, then the caveats shown to every reader, saying so instead of a "why" list', () => {
    const { container } = openWidget();
    skipToResults();
    expect(cardTitles()).toEqual([IF_BLOOD_THINNER, PAIRING, ALWAYS]);
    const [conditional, ...always] = cards();
    expect(within(conditional!).getByText('Interaction')).toBeTruthy();
    expect(conditional!.textContent).toContain('Your answers don’t show which medicines you take');
    expect(within(conditional!).queryByText('Shown to every reader')).toBeNull();
    const top = screen.getByRole('region', { name: 'What matters most for you' });
    expect(within(top).getAllByRole('listitem')[0]!.textContent).toBe(IF_BLOOD_THINNER);
    for (const card of always) {
      expect(within(card).getByText('Shown to every reader')).toBeTruthy();
      expect(within(card).queryByText("Why you're seeing this")).toBeNull();
      expect(within(card).queryByRole('list')).toBeNull();
    }
    expect(dosingLanguageIn(container)).toEqual([]);
  });

  test('is told what answering would add, and which questions decide it', () => {
    openWidget();
    skipToResults();
    const list = within(screen.getByRole('heading', { name: /^What we couldn't check/ }).closest('details')!);
    // The blood-thinner warning is a card of its own, first, never one bullet of this list.
    expect(list.queryByText(INTERACTION)).toBeNull();
    expect(list.queryByText(IF_BLOOD_THINNER)).toBeNull();
    // Nor is the note for readers under 18: a reader who does not give their age is not assumed young.
    expect(list.queryByText(titleOf('for-adults'))).toBeNull();
    const older = list.getByText(OLDER).closest('li')!;
    expect(within(older).getByText('Would be decided by: How old are you?')).toBeTruthy();
  });

  test('can go straight back to the step that asks, with focus on its heading', () => {
    openWidget();
    skipToResults();
    const older = screen.getByText(OLDER).closest('li')!;
    fireEvent.click(within(older).getByRole('button', { name: 'Answer in “About you”' }));
    expect(screen.getByText('Step 1 of 4')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'About you' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back to my results' }));
    expect(screen.getByRole('heading', { name: 'What applies to you' })).toBeTruthy();
  });
});
