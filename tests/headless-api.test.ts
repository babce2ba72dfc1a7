// A partner's server, using only the public door (src/index.ts): the same decisions as the widget,
// without it. Nothing here imports a module behind the door.
import { describe, expect, test } from 'vitest';
import {
  articles,
  d3k2,
  evaluate,
  formatPath,
  isDoseFree,
  isQuestionShown,
  isQuestionVisible,
  recogniseMedication,
  shownAnswers,
  suggestMedications,
  visibleAnswers,
} from '../src/index';

describe('the headless API', () => {
  test('lists the articles the widget serves, each with its pack by locale and its medicines', () => {
    expect(articles.map((a) => a.id)).toContain('d3-k2');
    expect(Object.keys(d3k2.locales)).toContain(d3k2.pack.locale);
    expect(d3k2.medications.length).toBeGreaterThan(10);
  });

  test('evaluates a reader on a blood thinner and puts the interaction first, with the reason', () => {
    const result = evaluate(d3k2, { age: 71, medications: [{ typed: 'Coumadin 5 mg tablets' }] });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    expect(result.findings[0]?.caveat.id).toBe('anticoagulant-vka');
    expect(result.findings[0]?.because.map((b) => b.text).join(' ')).toContain('Coumadin');
    for (const finding of result.findings) expect(isDoseFree(finding.caveat.body)).toBe(true);
  });

  test('says how each medicine reason was read: confirmed, near miss, stem, shortcut or unconfirmed', () => {
    const readAs = (entry: { typed: string; id?: string }) => {
      const result = evaluate(d3k2, { medications: [entry] });
      if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
      return result.findings[0]?.because.map((b) => b.medication);
    };
    expect(readAs({ typed: 'Coumadin 5 mg tablets' })).toEqual([
      { status: 'recognised', id: 'warfarin', matched: 'Coumadin', typed: 'Coumadin 5 mg tablets' },
    ]);
    expect(readAs({ typed: 'Xareltoo' })).toEqual([
      { status: 'near-miss', id: 'rivaroxaban', matched: 'Xarelto', typed: 'Xareltoo' },
    ]);
    expect(readAs({ typed: 'zorbaxaban' })).toEqual([
      { status: 'stem', matched: 'zorbaxaban', typed: 'zorbaxaban' },
    ]);
    expect(readAs({ typed: 'Zorblax 20 mg' })).toEqual([
      { status: 'unconfirmed', matched: 'Zorblax', typed: 'Zorblax 20 mg' },
    ]);
    const shortcut = d3k2.pack.questions.find((q) => q.kind === 'medications')?.shortcuts[0];
    if (!shortcut) throw new Error('no shortcut');
    expect(readAs({ typed: shortcut.label, id: shortcut.medication })).toEqual([
      expect.objectContaining({ status: 'shortcut', id: shortcut.medication }),
    ]);
    // The widget's boxes take a shortcut typed in other case as that shortcut; so do the rules.
    for (const typed of [shortcut.label.toUpperCase(), shortcut.label.toLowerCase()]) {
      expect(readAs({ typed, id: shortcut.medication })).toEqual([
        expect.objectContaining({ status: 'shortcut', id: shortcut.medication, matched: shortcut.label }),
      ]);
    }
  });

  test('hands back unrecognised entries as typed (to be escaped) and as shown, dose-free', () => {
    const typed = '<img src=x onerror=alert(1)> Zorblax 20 mg';
    const result = evaluate(d3k2, { medications: [{ typed }] });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    const [entry] = result.unrecognisedMedications;
    expect(entry?.typed).toBe(typed);
    expect(entry?.doseFree).not.toMatch(/20 mg/);
    expect(entry?.doseFree).toContain('Zorblax');
  });

  test('returns bad answers as issues with a code, a path and a message, never throwing', () => {
    const result = evaluate(d3k2, { age: 'old', colour: 'blue' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ code, path }) => [code, formatPath(path)])).toEqual([
      ['no_match', 'age'],
      ['unknown_field', 'colour'],
    ]);
  });

  test('recognises and suggests medicines from the article’s own list', () => {
    expect(recogniseMedication('Xarelto 20mg', d3k2)).toMatchObject({
      status: 'recognised',
      medication: { id: 'rivaroxaban' },
    });
    expect(suggestMedications('eliq', d3k2.medications).map((s) => s.name)).toContain('Eliquis');
  });

  test('tells which questions are asked, and drops answers to hidden ones', () => {
    const k2Form = d3k2.pack.questions.find((q) => q.id === 'k2_form');
    if (!k2Form) throw new Error('no k2_form question');
    expect(isQuestionVisible(d3k2, { supplements: ['k2'] }, k2Form)).toBe(true);
    expect(isQuestionVisible(d3k2, { supplements: ['d3'] }, k2Form)).toBe(false);
    expect(visibleAnswers(d3k2, { supplements: ['d3'], k2_form: 'mk4' })).toEqual({ supplements: ['d3'] });
  });

  test('carries each entry of a pasted list as read, one per medicine, in the order given', () => {
    const result = evaluate(d3k2, { medications: [{ typed: 'Eliquis 5mg, metformn and Zorblax' }] });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    expect(
      result.readings.map(({ typed, recognition, unconfirmed }) => [typed, recognition.status, unconfirmed]),
    ).toEqual([
      ['Eliquis 5mg', 'recognised', false],
      ['metformn', 'near-miss', true],
      ['Zorblax', 'unrecognised', true],
    ]);
    expect(result.unrecognisedMedications.map((r) => r.typed)).toEqual(['metformn', 'Zorblax']);
  });

  test('keeps the earlier names working beside the new ones', () => {
    expect(isQuestionShown).toBe(isQuestionVisible);
    expect(shownAnswers).toBe(visibleAnswers);
    const recognition = recogniseMedication('Coumadin 5 mg', d3k2);
    if (recognition.status !== 'recognised') throw new Error(recognition.status);
    expect(recognition.doseFree).toBe('Coumadin');
    expect(recognition.shown).toBe(recognition.doseFree);
  });
});
