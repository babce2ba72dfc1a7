import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { isDoseFree } from '../../src/text/dosing-guard';
import {
  articleTitle,
  caveatAsk,
  caveatEvidence,
  caveatTitle,
  escapeRegExp,
  fill,
  medicationReason,
  optionLabel,
  pointerLine,
  progressLine,
  questionLabel,
  sectionHeading,
  stepTitle,
  t,
  templatePattern,
} from '../helpers/text';
import {
  addMedication,
  cards,
  cardTitles,
  click,
  dosingLanguageIn,
  openWidget,
  seeResults,
  skipTo,
  skipToResults,
  typeInto,
} from './reader';

const r = t.results;
const CALCIUM = caveatTitle('calcium-supplements');
const status = (count: number) => fill(r.status.other, { count });
const TAKES_CALCIUM = optionLabel('supplements', 'calcium');
const BONES = optionLabel('reasons', 'bones');

/** A reader on Coumadin 5 mg who takes calcium and is curious about bones. */
function coumadinAndCalcium(props: Parameters<typeof openWidget>[0] = {}) {
  const view = openWidget(props);
  skipTo(2);
  addMedication('Coumadin 5 mg tablets');
  click('checkbox', TAKES_CALCIUM);
  skipTo(4);
  click('checkbox', BONES);
  seeResults();
  return view;
}

describe('the results view', () => {
  test('has a status region from the first render, filled with the count when results show', () => {
    openWidget();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    skipToResults();
    expect(screen.getByRole('status')).toBe(status);
    // The two shown to every reader, and the blood-thinner warning as a condition (medicines skipped).
    expect(status.textContent).toBe(fill(r.status.other, { count: 3 }));
  });

  test('moves focus to its heading', () => {
    openWidget();
    skipToResults();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: r.heading }));
  });

  test('counts the cards in the status', () => {
    coumadinAndCalcium();
    expect(screen.getByRole('status').textContent).toBe(status(cards().length));
  });

  test("shows the article's evidence rating in its own word, with no scale the article does not give", () => {
    coumadinAndCalcium();
    const bones = cards().find((c) => c.dataset.caveat === 'evidence-bone-density')!;
    expect(within(bones).getByText(fill(r.evidence, { strength: r.strength.strong }))).toBeTruthy();
    expect(bones.querySelector('[aria-hidden="true"]')).toBeNull();
    const { area, note } = caveatEvidence('evidence-bone-density');
    expect(within(bones).getByText(fill(r.evidenceNote, { area, note }))).toBeTruthy();
  });

  test('links each card to its article section, through sectionHref when given', () => {
    coumadinAndCalcium({ sectionHref: (id) => `/article#${id}` });
    const link = within(cards()[0]!).getByRole('link', {
      name: fill(r.fromArticle, { heading: sectionHeading('what-shapes-benefit') }),
    });
    expect(link.getAttribute('href')).toBe('/article#what-shapes-benefit');
  });

  test('links to "#section" by default, also when sectionHref is given as undefined', () => {
    openWidget({ sectionHref: undefined });
    skipToResults();
    const links = screen.getAllByRole('link', { name: templatePattern(r.fromArticle) });
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#what-shapes-benefit',
      '#why-the-pair',
      '#subtopics',
    ]);
  });

  test('names a source besides the article on the card, as a link that opens apart from the page', () => {
    openWidget();
    skipTo(3);
    click('radio', optionLabel('skin_tone', 'darker'));
    skipToResults();
    const sun = cards().find((c) => c.dataset.caveat === 'sun-and-food')!;
    const named = sun.querySelector<HTMLElement>('.pfw-sources .pfw-source-external')!;
    expect(named.textContent).toMatch(new RegExp(`^${r.alsoBasedOn} `));
    const sources = within(named)
      .getAllByRole('link')
      .map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target')]);
    const cited = d3k2.pack.caveats.find((c) => c.id === 'sun-and-food')!.sources.external!;
    expect(sources).toEqual(cited.map((s) => [s.cite, s.url, 'noopener noreferrer', '_blank']));
    // Which sources, by address: their names are wording.
    expect(sources.map(([, url]) => url)).toEqual([
      'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC3257661/',
    ]);
    // A card from the article alone names no other source.
    const pairing = cards().find((c) => c.dataset.caveat === 'pairing-evidence')!;
    expect(pairing.querySelector('.pfw-source-external')).toBeNull();
  });

  test('never shows dosing language, even when the reader typed a strength', () => {
    const { container } = coumadinAndCalcium();
    expect(container.textContent).not.toContain('5 mg');
    expect(dosingLanguageIn(container)).toEqual([]);
  });

  test('never echoes a typed entry as dosing advice, even one whose strength sits inside an instruction', () => {
    const { container } = openWidget();
    skipTo(2);
    addMedication('increase 10mg your dose');
    expect(dosingLanguageIn(container)).toEqual([]); // the chip and its Remove button
    skipToResults();
    expect(dosingLanguageIn(container)).toEqual([]); // the "not recognised" list
  });

  test('always shows the disclaimer, on every step and on the results', () => {
    openWidget();
    expect(screen.getByText(t.disclaimer)).toBeTruthy();
    skipToResults();
    expect(screen.getByText(t.disclaimer)).toBeTruthy();
  });
});

describe('the line on the cards about K2 that points back to the blood-thinner card', () => {
  const POINTER = pointerLine('vka-card-first');
  const IF_TAKEN_POINTER = pointerLine('if-taken-card-first');
  const card = (id: string) => cards().find((c) => c.dataset.caveat === id)!;

  test('shows on the calcium card for a reader on Coumadin, and goes to the blood-thinner card', () => {
    coumadinAndCalcium();
    const calcium = card('calcium-supplements');
    // On the closed card, before its one line: seen without opening anything.
    const pointer = within(calcium).getByRole('button', { name: POINTER });
    expect(pointer.closest('details')).toBeNull();
    fireEvent.click(pointer);
    expect(document.activeElement).toBe(card('anticoagulant-vka'));
  });

  test('shows on the background cards about K2 too, and not on those about D3 alone', () => {
    coumadinAndCalcium();
    const pointing = cards()
      .filter((c) => within(c).queryByRole('button', { name: POINTER }))
      .map((c) => c.dataset.caveat);
    expect(pointing).toEqual(expect.arrayContaining(['calcium-supplements', 'pairing-evidence']));
    expect(pointing).not.toContain('anticoagulant-vka');
    expect(pointing).not.toContain('evidence-bone-density');
  });

  test('does not show for a reader who takes calcium but lists no blood thinner', () => {
    openWidget();
    skipTo(2);
    addMedication('metformin');
    click('checkbox', TAKES_CALCIUM);
    skipTo(4);
    click('checkbox', BONES);
    seeResults();
    expect(card('calcium-supplements')).toBeTruthy();
    expect(screen.queryByRole('button', { name: POINTER })).toBeNull();
    expect(screen.queryByRole('button', { name: IF_TAKEN_POINTER })).toBeNull();
  });

  test('for a reader who skips the medicines question, points to the card that says "if you take one"', () => {
    openWidget();
    skipTo(2);
    click('checkbox', TAKES_CALCIUM);
    skipTo(4);
    click('checkbox', BONES);
    seeResults();
    const pointer = within(card('calcium-supplements')).getByRole('button', { name: IF_TAKEN_POINTER });
    expect(screen.queryByRole('button', { name: POINTER })).toBeNull();
    fireEvent.click(pointer);
    expect(document.activeElement).toBe(card('anticoagulant-if-taken'));
  });
});

describe('changing answers after seeing the results', () => {
  test('updates the cards, the status and onResults', () => {
    const onResults = vi.fn();
    coumadinAndCalcium({ onResults });
    expect(cardTitles()).toContain(CALCIUM);
    const before = screen.getByRole('status').textContent;

    const answers = within(screen.getByRole('heading', { name: r.yourAnswers }).closest('details')!);
    const supplements = questionLabel('supplements');
    expect(answers.getByText(supplements)).toBeTruthy();
    fireEvent.click(answers.getByRole('button', { name: `${r.edit}: ${supplements}` }));
    expect(screen.getByText(progressLine(2))).toBeTruthy();
    click('checkbox', TAKES_CALCIUM);
    click('button', t.backToResults); // straight back, not through the steps after it
    expect(cardTitles()).not.toContain(CALCIUM);
    expect(screen.getByRole('status').textContent).not.toBe(before);
    expect(onResults).toHaveBeenCalledTimes(2);
    expect(onResults.mock.lastCall![0]).not.toContain('calcium-supplements');
  });

  test('"Start over" asks first: Cancel keeps the results, with focus back on Start over', () => {
    coumadinAndCalcium();
    click('button', r.startOver);
    click('button', r.cancel);
    expect(cardTitles()).toContain(CALCIUM);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: r.startOver }));
  });

  test('"Start over" clears every answer and returns to step 1, focused', () => {
    coumadinAndCalcium();
    click('button', r.startOver);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: r.startOverYes }));
    click('button', r.startOverYes);
    expect(screen.getByText(progressLine(1))).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: stepTitle('about') }));
    expect(screen.getByRole('status').textContent).toBe('');
    skipTo(2);
    expect(screen.queryByRole('listitem')).toBeNull(); // no Coumadin chip left
    skipToResults();
    expect(cardTitles()).toEqual(
      ['anticoagulant-if-taken', 'pairing-evidence', 'amounts-for-your-provider'].map(caveatTitle),
    );
  });
});

describe('onResults', () => {
  test('receives caveat ids only, most important first, and nothing the reader typed', () => {
    const onResults = vi.fn();
    coumadinAndCalcium({ onResults });
    expect(onResults).toHaveBeenCalledTimes(1);
    const [ids] = onResults.mock.lastCall!;
    const known = new Set(d3k2.pack.caveats.map((c) => c.id));
    expect(ids[0]).toBe('anticoagulant-vka');
    expect(ids.every((id: unknown) => typeof id === 'string' && known.has(id))).toBe(true);
    expect(ids).toHaveLength(cards().length);
    expect(JSON.stringify(onResults.mock.calls)).not.toMatch(/coumadin/i);
  });

  test('is not called before the results show', () => {
    const onResults = vi.fn();
    openWidget({ onResults });
    skipTo(4);
    expect(onResults).not.toHaveBeenCalled();
  });
});

describe('the summary for the prescriber or pharmacist', () => {
  afterEach(() => Reflect.deleteProperty(navigator, 'clipboard'));
  const stubClipboard = (writeText: (text: string) => Promise<void>) => {
    const clipboard = { writeText: vi.fn(writeText) };
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    return clipboard;
  };

  test('lists the questions from the caveats that apply', () => {
    coumadinAndCalcium();
    const summary = within(screen.getByRole('region', { name: r.summaryHeading }));
    // The questions' own text: each item also carries its reason, for paper only.
    const asks = within(summary.getAllByRole('list')[1]!)
      .getAllByRole('listitem')
      .map((li) => li.firstChild?.textContent);
    expect(asks[0]).toBe(caveatAsk('anticoagulant-vka'));
    expect(asks).toContain(caveatAsk('calcium-supplements'));
  });

  test('copies a take-away: the article, the medicines recognised, questions with their reasons, what applies, the disclaimer, and no dosing language', async () => {
    const clipboard = stubClipboard(async () => {});
    coumadinAndCalcium();
    click('button', r.copy);
    await screen.findByText(r.copied);
    const text = clipboard.writeText.mock.lastCall![0];
    expect(text).toContain(r.summaryHeading);
    expect(text).toContain(fill(r.copyQuestion, { number: 1, text: caveatAsk('anticoagulant-vka') }));
    expect(text).toContain(fill(r.copyItem, { text: CALCIUM }));
    expect(text).toContain(t.disclaimer);
    expect(text).toContain(fill(r.takeAwayArticle, { title: articleTitle }));
    expect(text).toMatch(templatePattern(r.takeAwayDate, {}, { at: 'start', flags: 'm' }));
    expect(text).toContain(
      `${r.takeAwayMedications}\n${fill(r.copyItem, { text: 'Coumadin tablets (warfarin)' })}`,
    );
    const why = fill(r.takeAwayReason, { reason: medicationReason('brand', 'warfarin', 'Coumadin') });
    expect(text).toMatch(new RegExp(`^ {3}${escapeRegExp(why)}`, 'm'));
    expect(text).not.toMatch(/5 mg/i); // the strength the reader typed is not repeated
    expect(isDoseFree(text)).toBe(true);
  });

  test('shows the text to select by hand when copying fails', async () => {
    stubClipboard(async () => {
      throw new Error('denied');
    });
    coumadinAndCalcium();
    click('button', r.copy);
    const box = (await screen.findByLabelText(r.copyFailed)) as HTMLTextAreaElement;
    expect(box.readOnly).toBe(true);
    expect(box.value).toContain(caveatAsk('anticoagulant-vka'));
  });

  test('prints through the print prop', () => {
    const print = vi.fn();
    coumadinAndCalcium({ print });
    click('button', r.print);
    expect(print).toHaveBeenCalledOnce();
  });

  test('says so when no question came up', () => {
    // Medicines answered ("none"): a reader who skips them is given the blood-thinner question to ask.
    openWidget();
    skipTo(2);
    click('checkbox', t.medications.none);
    skipToResults();
    expect(screen.getByText(r.noQuestions)).toBeTruthy();
  });
});

describe('what the reader typed that we could not recognise', () => {
  const unknownNames = () =>
    screen.queryByRole('heading', { name: r.unrecognisedHeading })?.parentElement ?? undefined;

  test('is listed with "mention it to your pharmacist", without any strength, when no card speaks of it', () => {
    openWidget();
    typeInto(screen.getByLabelText(questionLabel('age')), '40');
    skipTo(2);
    addMedication('Eliquis');
    addMedication('Zorblax 20 mg');
    skipToResults();
    const section = unknownNames()!;
    expect(within(section).getByRole('listitem').textContent).toBe(fill(r.unrecognised, { name: 'Zorblax' }));
    expect(section.textContent).not.toMatch(/20 mg/);
  });

  test('is told once: named in the blood-thinner card as a name we could not confirm, not listed again', () => {
    openWidget();
    skipTo(2);
    addMedication('Zorblax 20 mg');
    skipToResults();
    const card = cards().find((c) => c.dataset.caveat === 'anticoagulant-if-taken')!;
    expect(card.textContent).toContain(fill(d3k2.pack.medicationReasons.unconfirmed, { typed: 'Zorblax' }));
    expect(unknownNames()).toBeUndefined();
  });

  test('a near miss ("Xareltoo") is told once, as "looks like Xarelto" on its card', () => {
    openWidget();
    skipTo(2);
    addMedication('Xareltoo');
    skipToResults();
    expect(cards()[0]!.textContent).toContain('Xarelto');
    expect(unknownNames()).toBeUndefined();
  });
});

describe('the medical review', () => {
  const reviewed = templatePattern(r.reviewedBy, {}, { at: 'start' });

  test('says nothing of a review while the pack awaits one', () => {
    openWidget();
    skipToResults();
    expect(d3k2.pack.review.status).toBe('awaiting-review');
    expect(screen.queryByText(reviewed)).toBeNull();
  });

  test('names who signed it, their credentials and the day, once a named person has', () => {
    const review = {
      status: 'signed',
      by: 'Dr Ada Reviewer',
      credentials: 'MD',
      date: '2027-01-15',
    } as const;
    openWidget({ content: { ...d3k2, pack: { ...d3k2.pack, review } } });
    skipToResults();
    expect(screen.getByText(reviewed).textContent).toBe(
      fill(r.reviewedBy, { name: 'Dr Ada Reviewer', credentials: 'MD', date: 'January 15, 2027' }),
    );
  });
});
