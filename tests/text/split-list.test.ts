import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { medications } from '../../src/content/medications/list';
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
    // Spanish "y", and "e" before a word starting with i or hi.
    ['warfarina y omeprazol', ['warfarina', 'omeprazol']],
    ['Sintrom Y Adiro', ['Sintrom', 'Adiro']],
    ['warfarina e ibuprofeno', ['warfarina', 'ibuprofeno']],
    ['Sintrom e hierro', ['Sintrom', 'hierro']],
    ['Xarelto e Ibuprofeno', ['Xarelto', 'Ibuprofeno']],
    ['Sintrom 2,5 mg, omeprazol 20 mg', ['Sintrom 2,5 mg', 'omeprazol 20 mg']],
    ['Sintrom, omeprazol y Eliquis', ['Sintrom', 'omeprazol', 'Eliquis']],
    // As "vitamin D and K2" is: two supplements, each read on its own.
    ['vitamina D y K2', ['vitamina D', 'K2']],
    ['vitamina D3 y K2 (MK-7)', ['vitamina D3', 'K2 (MK-7)']],
    // An amount on its own stays with its medicine, whatever joins them.
    ['Sintrom 1 y 1/2 comprimidos', ['Sintrom 1 y 1/2 comprimidos']],
    // A lone "e" before anything but i or hi is a letter (vitamin E), and "y" inside a word is a letter.
    ['vitamina E', ['vitamina E']],
    ['vitamina E y omeprazol', ['vitamina E', 'omeprazol']],
    ['Albyl-E', ['Albyl-E']],
    ['hierro y ácido fólico', ['hierro', 'ácido fólico']],
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

  test('a name or misspelling of the medicine list is never split', () => {
    const split = medications
      .flatMap((m) => [...m.names.map((n) => n.name), ...m.misspellings])
      .filter((name) => splitMedicationList(name).length !== 1);
    // Names joined by a slash or a "+" on a label ("carbidopa/levodopa") would be; the list has none.
    expect(split).toEqual([]);
  });

  test('drops nothing but separators and spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const kept = splitMedicationList(text).join('');
        const letters = (s: string) =>
          s
            .replace(/[ \t]+(?:and|&|y|e(?=[ \t]+h?[ií]))[ \t]+/giu, ' ')
            .replace(/[\s,;/+•·&،؛、，；।॥]/gu, '');
        expect(letters(kept)).toBe(letters(text));
      }),
      { numRuns: 500 },
    );
  });
});
