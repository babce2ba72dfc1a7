import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitMedicationList } from '../../src/text/split-list';

describe('one entry per medicine, however the list was written', () => {
  test.each([
    ['Eliquis 5mg twice daily, metformn', ['Eliquis 5mg twice daily', 'metformn']],
    ['warfarin; aspirin', ['warfarin', 'aspirin']],
    ['Xarelto/Lipitor', ['Xarelto', 'Lipitor']],
    ['aspirin + clopidogrel', ['aspirin', 'clopidogrel']],
    ['warfarin and metformin', ['warfarin', 'metformin']],
    ['warfarin & metformin', ['warfarin', 'metformin']],
    ['warfarin\nmetformin\r\nLipitor', ['warfarin', 'metformin', 'Lipitor']],
    ['• Eliquis\n• Lasix', ['Eliquis', 'Lasix']],
    // Other scripts' separators (Arabic comma, ideographic and fullwidth commas, the Devanagari danda).
    ['وارفارين، ميتفورمين', ['وارفارين', 'ميتفورمين']],
    ['ワルファリン、メトホルミン', ['ワルファリン', 'メトホルミン']],
    ['华法林，二甲双胍；阿司匹林', ['华法林', '二甲双胍', '阿司匹林']],
    ['वारफेरिन। मेटफॉर्मिन', ['वारफेरिन', 'मेटफॉर्मिन']],
    // An amount in other digits and units stays with its medicine.
    ['وارفارين ٥ ملغ، ميتفورمين', ['وارفارين ٥ ملغ', 'ميتفورمين']],
    // Amounts stay with their medicine.
    ['Lovenox 40 mg/0.4 mL', ['Lovenox 40 mg/0.4 mL']],
    ['Warfarin 2,5 mg', ['Warfarin 2,5 mg']],
    ['Sandoz', ['Sandoz']],
    ['Brand&Co', ['Brand&Co']],
    ['', []],
    [' , ; ', []],
  ])('%j → %j', (text, parts) => {
    expect(splitMedicationList(text)).toEqual(parts);
  });

  test('a pasted pharmacy list of eight medicines gives eight entries', () => {
    const list = [
      'Eliquis 5 mg tablets',
      'Metformin 500mg',
      'Atorvastatin 20 mg',
      'Lisinopril 10 mg',
      'Omeprazole 20 mg capsules',
      'Levothyroxine 50 mcg',
      'Amlodipine 5 mg',
      'Furosemide 40 mg',
    ];
    expect(splitMedicationList(list.join('\n'))).toEqual(list);
  });

  test('drops nothing but separators and spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const kept = splitMedicationList(text).join('');
        const letters = (s: string) => s.replace(/[\s,;/+•·&،؛、，；।॥]|\band\b/giu, '');
        expect(letters(kept)).toBe(letters(text));
      }),
      { numRuns: 500 },
    );
  });
});
