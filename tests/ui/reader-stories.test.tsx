import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import {
  caveatTitle,
  fill,
  medicationReason,
  optionLabel,
  progressLine,
  questionLabel,
  reasonOf,
  rowLegend,
  stepTitle,
  t,
  templatePattern,
  unansweredReason,
} from '../helpers/text';
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
  typeInto,
} from './reader';

const r = t.results;
const INTERACTION_LABEL = r.severity.interaction;

const INTERACTION = caveatTitle('anticoagulant-vka');
const ALWAYS = caveatTitle('amounts-for-your-provider');
const PAIRING = caveatTitle('pairing-evidence');
const IF_BLOOD_THINNER = caveatTitle('anticoagulant-if-taken');
const OLDER = caveatTitle('older-adult');

describe('an older reader on Coumadin who takes D3 and calcium', () => {
  const complete = () => {
    const view = openWidget();
    typeInto(screen.getByLabelText(questionLabel('age')), '71');
    skipTo(2);
    addMedication('Coumadin');
    click('checkbox', optionLabel('supplements', 'd3'));
    click('checkbox', optionLabel('supplements', 'calcium'));
    seeResults(); // straight from the medicines step: the later steps are optional
    return view;
  };

  test('sees the blood-thinner interaction first, marked "Interaction" in words, not colour alone', () => {
    complete();
    const first = cards()[0]!;
    expect(within(first).getByRole('heading').textContent).toBe(INTERACTION);
    expect(within(first).getByText(INTERACTION_LABEL)).toBeTruthy();
    expect(first.classList.contains('pfw-interaction')).toBe(true);
  });

  test('is told why, in plain words about what they typed', () => {
    complete();
    const first = cards()[0]!;
    expect(within(first).getByText(r.why)).toBeTruthy();
    expect(within(first).getByRole('listitem').textContent).toBe(
      medicationReason('brand', 'warfarin', 'Coumadin'),
    );
  });

  test('also sees the calcium and older-adult caveats, and the ones shown to everyone', () => {
    complete();
    expect(cardTitles()).toEqual(
      expect.arrayContaining([caveatTitle('calcium-supplements'), OLDER, PAIRING, ALWAYS]),
    );
    const older = cards().find((c) => c.dataset.caveat === 'older-adult')!;
    expect(within(older).getByText(fill(reasonOf('age'), { answer: 71 }))).toBeTruthy();
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
    click('checkbox', t.medications.none);
    skipTo(3);
    fireEvent.click(
      question(rowLegend('natto')).getByRole('radio', { name: optionLabel('natto', 'weekly') }),
    );
    skipToResults();
    expect(cardTitles()).toContain(caveatTitle('natto-eater'));
    expect(screen.queryByText(INTERACTION_LABEL)).toBeNull();
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
    expect(within(conditional!).getByText(INTERACTION_LABEL)).toBeTruthy();
    expect(conditional!.textContent).toContain(unansweredReason('medications'));
    expect(within(conditional!).queryByText(r.always)).toBeNull();
    const top = screen.getByRole('region', { name: r.topHeading });
    expect(within(top).getAllByRole('listitem')[0]!.textContent).toBe(IF_BLOOD_THINNER);
    for (const card of always) {
      expect(within(card).getByText(r.always)).toBeTruthy();
      expect(within(card).queryByText(r.why)).toBeNull();
      expect(within(card).queryByRole('list')).toBeNull();
    }
    expect(dosingLanguageIn(container)).toEqual([]);
  });

  test('is told what answering would add, and which questions decide it', () => {
    openWidget();
    skipToResults();
    const list = within(
      screen
        .getByRole('heading', { name: templatePattern(r.notAssessedHeading, { count: /\d+/ }) })
        .closest('details')!,
    );
    // The blood-thinner warning is a card of its own, first, never one bullet of this list.
    expect(list.queryByText(INTERACTION)).toBeNull();
    expect(list.queryByText(IF_BLOOD_THINNER)).toBeNull();
    // Nor is the note for readers under 18: a reader who does not give their age is not assumed young.
    expect(list.queryByText(caveatTitle('for-adults'))).toBeNull();
    const older = list.getByText(OLDER).closest('li')!;
    expect(within(older).getByText(fill(r.decidedBy, { questions: questionLabel('age') }))).toBeTruthy();
  });

  test('can go straight back to the step that asks, with focus on its heading', () => {
    openWidget();
    skipToResults();
    const older = screen.getByText(OLDER).closest('li')!;
    fireEvent.click(within(older).getByRole('button', { name: fill(r.goTo, { step: stepTitle('about') }) }));
    expect(screen.getByText(progressLine(1))).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: stepTitle('about') }));
    fireEvent.click(screen.getByRole('button', { name: t.backToResults }));
    expect(screen.getByRole('heading', { name: r.heading })).toBeTruthy();
  });
});
