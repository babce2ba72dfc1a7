import { readFileSync } from 'node:fs';
import anyAscii from 'any-ascii';
import { expect, test } from 'vitest';
import { toLatin, wordsOf } from '../../src/text/transliterate';
import { TRANSLITERATION_FILE, transliterationModule } from '../../tools/generate-transliteration';

test('the committed transliteration table is what the generator writes from any-ascii', () => {
  expect(readFileSync(TRANSLITERATION_FILE, 'utf8'), 'run npx tsx tools/generate-transliteration.ts').toBe(
    transliterationModule(),
  );
});

test.each([
  ['Arabic', 'ريفاروكسابان'],
  ['Hebrew', 'הפרין'],
  ['Georgian', 'ვარფარინი'],
  ['Armenian', 'վարֆարին'],
  ['Ethiopic', 'ዋርፋሪን'],
  ['Devanagari', 'एनोक्सापारिन'],
  ['Thai', 'วาร์ฟาริน'],
  ['Cyrillic', 'еноксапарин'],
])('a %s word reads as any-ascii reads it, in Latin letters only', (_script, word) => {
  expect(toLatin(word)).toBe(
    anyAscii(word)
      .toLowerCase()
      .replace(/[^a-z]/g, ''),
  );
});

test.each([
  ['tatweel', 'وارفـــارين', 'وارفارين'],
  ['zero-width joiner', 'ඇස්ප්\u200dරීන්', 'ඇස්ප්රීන්'],
  ['zero-width non-joiner', 'هپار\u200cین', 'هپارین'],
  ['direction marks', '\u200fوارفارين\u200e', 'وارفارين'],
  ['Arabic presentation forms', 'ﻭﺍﺭﻓﺎﺭﻳﻦ', 'وارفارين'],
  ['fullwidth letters', 'ＷＡＲＦＡＲＩＮ', 'warfarin'],
  ['Greek tonos', 'ΗΠΑΡΊΝΗ', 'ηπαρινη'],
])('%s neither splits a word nor changes it', (_what, written, plain) => {
  const words = wordsOf(written);
  expect(words).toHaveLength(1);
  expect(words[0]?.latin).toBe(wordsOf(plain)[0]?.latin);
});
