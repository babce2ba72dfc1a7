import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import { evaluate } from '../../src/rules/evaluate';
import { recogniseMedication } from '../../src/rules/medications';
import { stemOf } from '../../src/rules/stems';
import negatives from '../fixtures/medications/negatives.json';

describe('a name we do not know, with an anticoagulant INN stem, is a probable blood thinner', () => {
  test.each([
    ['zorbaxaban', '-xaban', 'apixaban'],
    ['Velogatran 50 mg', '-gatran', 'dabigatran'],
    ['Semuloparin injection', '-parin', 'heparin'],
    ['idraparinux', '-parinux', 'heparin'],
    ['novirudin', '-irudin', 'hirudin'],
    ['zorbicoumarol', '-arol', 'warfarin'],
    ['anisindione', '-indione', 'warfarin'],
    ['Zorbaxaban and Lipitor', '-xaban', 'apixaban'],
  ])('"%s" carries %s (%s type)', (typed, stem, kind) => {
    const rec = recogniseMedication(typed, d3k2);
    expect(rec).toMatchObject({ status: 'stem', stem: { stem, kind } });
  });

  test('brings the interaction card first, with a why-line asking to check with a pharmacist', () => {
    const result = evaluate(d3k2, { medications: [{ typed: 'zorbaxaban' }] });
    if (!result.ok) throw new Error('expected valid answers');
    expect(result.findings[0]?.caveat.id).toBe('anticoagulant');
    expect(result.findings[0]?.because.map((b) => b.text)).toEqual([
      'You entered “zorbaxaban”. We don’t know that name, but it looks like a blood thinner of the apixaban type; please check it with your pharmacist',
    ]);
    expect(result.unrecognisedMedications).toMatchObject([{ status: 'stem', typed: 'zorbaxaban' }]);
  });

  test('a one-letter typo of a listed name is asked about as that name', () => {
    expect(recogniseMedication('daltiparin', d3k2)).toMatchObject({
      status: 'near-miss',
      suggestion: 'dalteparin',
    });
  });

  test('a listed name is recognised, not guessed from its stem', () => {
    expect(recogniseMedication('bemiparin', d3k2).status).toBe('recognised');
    expect(recogniseMedication('enoxaparine', d3k2).status).toBe('recognised');
  });
});

describe('look-alikes that merely contain the letters do not fire', () => {
  test.each([
    'comparing',
    'preparing',
    'steroid-sparing',
    'Sparine',
    'heparinoid',
    'Hirudoid',
    'Parinaud',
    'Parol',
    'carol',
    'coumarin',
    'phytomenadione',
    'menadione',
    'anagrelide',
    'ramatroban',
    'Xanax',
    'Xalatan',
  ])('"%s"', (typed) => {
    for (const word of typed.toLowerCase().split(/[^a-z]+/))
      expect(stemOf(word, d3k2.classes)).toBeUndefined();
    expect(recogniseMedication(typed, d3k2).status).not.toBe('stem');
  });

  test('no common medicine or look-alike of the test lists carries a stem', () => {
    const names = [...negatives.common, ...negatives.lookalikes.map((l) => l.name)];
    expect(names.filter((n) => recogniseMedication(n, d3k2).status === 'stem')).toEqual([]);
  });
});
