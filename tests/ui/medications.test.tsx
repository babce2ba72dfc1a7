import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { caveatTitle, fill, shortcutLabel, t, templatePattern } from '../helpers/text';
import {
  addMedication,
  cards,
  cardTitles,
  click,
  medicationBox,
  next,
  openWidget,
  press,
  skipTo,
  skipToResults,
  typeInto,
} from './reader';

const m = t.medications;
const medicationsQuestion = d3k2.pack.questions.find((q) => q.kind === 'medications');
if (medicationsQuestion?.kind !== 'medications') throw new Error('no medicines question');
/** What the pack says under a chip. */
const medicationNotes = medicationsQuestion.notes;
const remove = (name: string) => fill(m.remove, { name });
const didYouMean = (name: string) => fill(m.didYouMean, { name });

const onMedicationsStep = () => {
  const view = openWidget();
  skipTo(2);
  return view;
};
const chips = () => screen.queryAllByRole('listitem').map((li) => li.firstChild?.textContent);

describe('the medicine name box', () => {
  test('is a combobox that suggests names as the reader types, and picks one by keyboard', () => {
    onMedicationsStep();
    const box = medicationBox();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    typeInto(box, 'xar');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    expect(box.getAttribute('aria-controls')).toBe(listbox.id);
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);

    press(box, 'ArrowDown');
    const active = screen.getByRole('option', { selected: true });
    expect(active.textContent).toMatch(/^Xarelto/);
    expect(box.getAttribute('aria-activedescendant')).toBe(active.id);

    press(box, 'Enter');
    expect(chips()).toEqual(['Xarelto']);
    expect(screen.getByRole('button', { name: remove('Xarelto') })).toBeTruthy();
    expect((box as HTMLInputElement).value).toBe('');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  test('moves through suggestions with ArrowDown and ArrowUp, wrapping at the ends', () => {
    onMedicationsStep();
    typeInto(medicationBox(), 'war');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    press(medicationBox(), 'ArrowUp');
    expect(options.at(-1)!.getAttribute('aria-selected')).toBe('true');
    press(medicationBox(), 'ArrowDown');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
  });

  test('Escape closes the suggestions first, then clears the box', () => {
    onMedicationsStep();
    const box = medicationBox() as HTMLInputElement;
    typeInto(box, 'war');
    press(box, 'Escape');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe('war');
    press(box, 'Escape');
    expect(box.value).toBe('');
  });

  test('Enter with no suggestion chosen adds exactly what was typed; Add does the same', () => {
    onMedicationsStep();
    addMedication('Coumadin');
    typeInto(medicationBox(), 'metformin');
    click('button', m.add);
    expect(chips()).toEqual(['Coumadin', 'metformin']);
  });

  test('a suggestion can be picked with the mouse', () => {
    onMedicationsStep();
    typeInto(medicationBox(), 'eliq');
    fireEvent.click(screen.getByRole('option', { name: /^Eliquis/ }));
    expect(chips()).toEqual(['Eliquis']);
  });

  test('ids are unique even with two widgets on one page', () => {
    openWidget();
    openWidget();
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the list of medicines', () => {
  test('holds several, each removable by a button that names it', () => {
    onMedicationsStep();
    addMedication('Coumadin');
    addMedication('Xarelto');
    click('button', remove('Coumadin'));
    expect(chips()).toEqual(['Xarelto']);
  });

  test('offers "did you mean …?" for a near miss, which replaces the entry', () => {
    onMedicationsStep();
    addMedication('Xareltoo');
    expect(chips()).toEqual(['Xareltoo']);
    click('button', didYouMean('Xarelto'));
    expect(chips()).toEqual(['Xarelto']);
    expect(
      screen.queryByRole('button', { name: templatePattern(m.didYouMean, {}, { at: 'anywhere' }) }),
    ).toBeNull();
  });

  test('after Remove or "did you mean …?", focus returns to the medicine box, not to the page', () => {
    onMedicationsStep();
    addMedication('Coumadin');
    addMedication('Xareltoo');
    click('button', didYouMean('Xarelto'));
    expect(document.activeElement).toBe(medicationBox());
    screen.getByRole('button', { name: remove('Coumadin') }).focus();
    click('button', remove('Coumadin'));
    expect(document.activeElement).toBe(medicationBox());
  });

  test('"did you mean …?" does not list a medicine twice', () => {
    onMedicationsStep();
    addMedication('Xarelto');
    addMedication('Xareltoo');
    click('button', didYouMean('Xarelto'));
    expect(chips()).toEqual(['Xarelto']);
  });

  test('keeps a name it does not recognise, marked for the pharmacist, without the strength', () => {
    onMedicationsStep();
    addMedication('Zorblax 10 mg');
    const chip = screen.getByRole('listitem');
    expect(chip.textContent).toContain('Zorblax');
    expect(chip.textContent).not.toContain('10 mg');
    expect(within(chip).getByText(m.unrecognised)).toBeTruthy();
    expect(screen.getByRole('button', { name: remove('Zorblax') })).toBeTruthy();
    skipToResults();
    // Named in the conditional blood-thinner card as a name we could not confirm, without its strength.
    expect(cards()[0]!.textContent).toContain(
      fill(d3k2.pack.medicationReasons.unconfirmed, { typed: 'Zorblax' }),
    );
    expect(document.body.textContent).not.toContain('10 mg');
  });
});

describe('typing a name', () => {
  test('Enter that confirms an input method (Japanese, Chinese…) does not add the half-typed name', () => {
    onMedicationsStep();
    typeInto(medicationBox(), 'ワーファ');
    fireEvent.keyDown(medicationBox(), { key: 'Enter', isComposing: true });
    expect(chips()).toEqual([]);
    expect((medicationBox() as HTMLInputElement).value).toBe('ワーファ');
    press(medicationBox(), 'Enter');
    expect(chips()).toEqual(['ワーファ']);
  });

  test('a name as long as the box takes is flagged, so a cut-off paste does not go unnoticed', () => {
    onMedicationsStep();
    typeInto(medicationBox(), 'Warfarin sodium 5 mg tablets, '.repeat(3));
    expect(screen.queryByText(templatePattern(m.tooLong, {}, { at: 'anywhere' }))).toBeNull();
    typeInto(medicationBox(), 'x'.repeat(120));
    const note = screen.getByText(fill(m.tooLong, { max: 120 }));
    expect(medicationBox().getAttribute('aria-describedby')).toContain(note.id);
  });
});

describe('a list in one go', () => {
  const paste = (text: string) =>
    fireEvent.paste(medicationBox(), {
      clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') },
    });

  test('"Eliquis 5mg twice daily, metformn" is two chips, each recognised on its own', () => {
    onMedicationsStep();
    addMedication('Eliquis 5mg twice daily, metformn');
    expect(chips()).toEqual(['Eliquis', 'metformn']);
    expect(screen.getByRole('button', { name: didYouMean('metformin') })).toBeTruthy();
    skipToResults();
    expect(cardTitles()[0]).toBe(caveatTitle('anticoagulant'));
  });

  test('a pasted pharmacy list of eight medicines gives eight chips', () => {
    onMedicationsStep();
    paste(
      'Eliquis 5 mg\nMetformin 500mg\nAtorvastatin 20 mg\nLisinopril 10 mg\nOmeprazole 20 mg\nLevothyroxine 50 mcg\nAmlodipine 5 mg\nZorblax',
    );
    expect(chips()).toEqual([
      'Eliquis',
      'Metformin',
      'Atorvastatin',
      'Lisinopril',
      'Omeprazole',
      'Levothyroxine',
      'Amlodipine',
      'Zorblax',
    ]);
    expect((medicationBox() as HTMLInputElement).value).toBe('');
  });

  test('a pasted entry longer than the box holds is read in full, and the reader told what is not shown', () => {
    onMedicationsStep();
    paste(`${'vitamin tablets from the health food shop '.repeat(4)}warfarin`);
    const chip = screen.getByRole('listitem');
    expect(chip.textContent).toMatch(
      templatePattern(medicationNotes.cut, { cut: /\d+/ }, { at: 'anywhere' }),
    );
    skipToResults();
    expect(cardTitles()[0]).toBe(caveatTitle('anticoagulant-vka'));
  });
});

describe('a name typed but never added', () => {
  test('is kept when the reader leaves the box for Next, and still brings up the interaction card', () => {
    onMedicationsStep();
    typeInto(medicationBox(), 'warfarin');
    fireEvent.blur(medicationBox());
    expect(chips()).toEqual([]); // the chip waits for the press on Next to land
    next();
    skipToResults();
    expect(cardTitles()[0]).toBe(caveatTitle('anticoagulant-vka'));
  });

  test('becomes a chip in the next task when the reader tabs away from the box', async () => {
    onMedicationsStep();
    typeInto(medicationBox(), 'warfarin');
    fireEvent.blur(medicationBox());
    await waitFor(() => expect(chips()).toEqual(['warfarin']));
  });
});

describe('the blood-thinner shortcut', () => {
  test('"not sure which" still brings up the interaction card, first, worded for a blood thinner of unknown type', () => {
    onMedicationsStep();
    click('checkbox', shortcutLabel('medications', 'blood-thinner-unsure'));
    expect(chips()).toEqual([]); // shown as the ticked box, not as a chip
    skipToResults();
    expect(cardTitles()[0]).toBe(caveatTitle('anticoagulant-if-taken'));
    expect(within(cards()[0]!).getByText(t.results.severity.interaction)).toBeTruthy();
  });
});

describe('"I don\'t take any medicines at the moment"', () => {
  test('is an answer: the interaction is ruled out rather than left unchecked', () => {
    onMedicationsStep();
    click('checkbox', m.none);
    skipToResults();
    for (const id of ['anticoagulant-vka', 'anticoagulant', 'anticoagulant-if-taken'])
      expect(screen.queryByText(caveatTitle(id))).toBeNull();
  });

  test('skipping instead gives the blood-thinner warning as a condition, first, not among what we could not check', () => {
    onMedicationsStep();
    skipToResults();
    expect(cardTitles()[0]).toBe(caveatTitle('anticoagulant-if-taken'));
    expect(cardTitles()).not.toContain(caveatTitle('anticoagulant'));
    const notChecked = screen
      .getByRole('heading', { name: templatePattern(t.results.notAssessedHeading, { count: /\d+/ }) })
      .closest('details')!;
    expect(within(notChecked).queryByText(/blood thinner/i)).toBeNull();
  });

  test('clears the list when ticked, and unticks itself when a medicine is added', () => {
    onMedicationsStep();
    addMedication('Coumadin');
    click('checkbox', m.none);
    expect(chips()).toEqual([]);
    addMedication('Xarelto');
    expect((screen.getByRole('checkbox', { name: m.none }) as HTMLInputElement).checked).toBe(false);
  });
});
