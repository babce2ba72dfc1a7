import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findDosingLanguage, isDoseFree, removeDosingLanguage } from '../../src/text/dosing-guard';

describe('no-dosing guard', () => {
  test.each([
    'Take 1,000 IU of D3 daily.',
    '5000 IU per day is common.',
    'Try 100 mcg of MK-7.',
    'a 50 µg supplement',
    'Take 1000IU with breakfast.',
    'Take 2 capsules a day.',
    'Take one tablet daily.',
    'Take 10 drops in water.',
    'Aim for 600–800 IU.',
    'Up to 4,000 IU is tolerated.',
    '45 mg of MK-4 was used.',
    'Increase your dose to 4000 IU.',
    'Double your dose.',
    'Lower your warfarin dose.',
    'Stop taking warfarin.',
    'Take twice as much.',
    'Take a higher dose.',
    'You should take more vitamin D.',
    'Cut your dose in half.',
    'Start with a low dose.',
    'The dose should be set by how you feel.',
    'Raise your vitamin D intake.',
    'Take it every 8 hours.',
    'Eliquis twice a day.',
    'Once daily with food.',
    'Three times a week is usual.',
    'Every other day works for most.',
    "If you're not sure, double your dose.",
    'Without a blood test, take more vitamin D.',
    'Not everyone absorbs it, so increase your dose',
    'Do not worry, raise your intake',
  ])('flags the dosing sentence "%s"', (sentence) => {
    expect(findDosingLanguage(sentence)).not.toEqual([]);
    expect(isDoseFree(sentence)).toBe(false);
  });

  test.each([
    "Don't change anything before talking to your prescriber.",
    'Do not stop or change your dose without talking to your prescriber.',
    'Before you change your dose, talk to your prescriber.',
    'Take it with a meal that has some fat.',
    'The amount that suits you is a decision for your provider, based on your blood test.',
    'Studies used MK-4 at doses well above what most supplements contain.',
    'Vitamin D taken in very high amounts over time can raise blood calcium.',
    'Ask your pharmacist before starting K2.',
    'MK-7 stays active in the body longer than MK-4.',
    'You are 67 years old',
    'Step 2 of 6',
    'A blood test is the only way to know your vitamin D level.',
    'You take Coumadin, a brand of warfarin.',
    'How often do you eat natto?',
    'Weekly or more',
    'Do you usually have them with a meal or snack that contains some fat?',
    'Most days',
  ])('lets the safe sentence "%s" through', (sentence) => {
    expect(findDosingLanguage(sentence)).toEqual([]);
  });

  test.each([
    'ワルファリン 1ミリグラム',
    'ワルファリン 5ミリリットル',
    'ワルファリン 1ｍｇ',
    'ワルファリン１ｍｇ',
    'ワルファリン 1錠',
    '华法林3毫克',
  ])('flags the amount in "%s", written as labels in Japanese and Chinese write it', (typed) => {
    expect(isDoseFree(typed)).toBe(false);
  });

  test('lets Japanese and Chinese text without an amount through', () => {
    expect(isDoseFree('ワルファリンを飲んでいます')).toBe(true);
    expect(isDoseFree('グレープフルーツ')).toBe(true);
    expect(isDoseFree('华法林')).toBe(true);
  });

  test('reports what matched and where, so an editor can find it', () => {
    expect(findDosingLanguage('Most people do well on 2,000 IU.')).toEqual([
      { text: '2,000 IU', index: 23, kind: 'amount' },
    ]);
  });
});

describe('echoing what a reader typed', () => {
  test.each([
    ['Zorblax 10 mg tablets', 'Zorblax tablets'],
    ['Fish oil 1000 IU', 'Fish oil'],
    ['Zorblax', 'Zorblax'],
    ['Eliquis 5mg twice a day', 'Eliquis'],
    ['ривароксабан 20 мг', 'ривароксабан'],
    ['варфарин 2,5 мг 1 таблетка', 'варфарин'],
    ['华法林 3毫克', '华法林'],
    // Katakana's voiced marks are part of the letter: グ must not read as ク, or ミリグラム goes unseen.
    ['ワルファリン 1ミリグラム', 'ワルファリン'],
    ['ワルファリン 5ミリリットル', 'ワルファリン'],
    ['ワルファリン１ｍｇ', 'ワルファリン'],
    ['ワルファリン1錠', 'ワルファリン'],
    ['ワルファリン 1錠を', 'ワルファリン を'],
    ['华法林3毫克', '华法林'],
    // Other scripts' digits and units, as their labels print them (tests/fixtures/medications/scripts.json).
    ['وارفارين ٥ ملغ', 'وارفارين'],
    ['ريفاروكسابان ٢٫٥ ملغ', 'ريفاروكسابان'],
    ['وارفارین ۵ میلی گرم', 'وارفارین'],
    ['warfarin ५ mg', 'warfarin'],
    ['קומדין 5 מ"ג', 'קומדין'],
    ['วาร์ฟาริน 3 มก.', 'วาร์ฟาริน'],
    ['রিভারক্সাবান ২.৫ মি.গ্রা.', 'রিভারক্সাবান'],
    ['ვარფარინი 5 მგ', 'ვარფარინი'],
  ])('"%s" is shown as "%s", without the amount', (typed, shown) => {
    expect(removeDosingLanguage(typed)).toBe(shown);
    expect(isDoseFree(removeDosingLanguage(typed))).toBe(true);
  });

  test.each([
    ['take take more more', ''],
    ['twice twice a day a day', ''],
  ])('"%s", whose pieces join into dosing text once the middle is cut, is shown as "%s"', (typed, shown) => {
    expect(removeDosingLanguage(typed)).toBe(shown);
  });

  test('whatever is typed, what is echoed is dose-free', () => {
    const fragment = fc.constantFrom(
      'take',
      'more',
      'twice',
      'a',
      'day',
      'daily',
      'once',
      'every',
      'other',
      '10',
      '1,000',
      'mg',
      'IU',
      'capsules',
      'double',
      'your',
      'dose',
      'stop',
      'taking',
      'increase',
      'intake',
      'Zorblax',
      'with',
      'food',
      'of',
      'times',
      'per',
      'week',
      '8',
      'hours',
      'two',
      'tablets',
      ',',
      '.',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (words) =>
        isDoseFree(removeDosingLanguage(words.join(' '))),
      ),
      { numRuns: 5_000 },
    );
  });
});
