import { describe, expect, test } from 'vitest';
import { countSyllables, numberToSpanish, syllabify } from '../../tools/readability/syllables-es';

/**
 * Words with their dictionary division (the RAE's written division, so "ui" and "iu" are diphthongs and
 * "guion" is one syllable). Each entry is [word, division]; its syllable count is the number of parts.
 */
const DIVISIONS: [string, string][] = [
  // diphthongs, triphthongs, hiatus
  ['agua', 'a-gua'],
  ['camión', 'ca-mión'],
  ['país', 'pa-ís'],
  ['vía', 'ví-a'],
  ['cuidado', 'cui-da-do'],
  ['ciudad', 'ciu-dad'],
  ['río', 'rí-o'],
  ['leer', 'le-er'],
  ['aeropuerto', 'a-e-ro-puer-to'],
  ['poeta', 'po-e-ta'],
  ['océano', 'o-cé-a-no'],
  ['creer', 'cre-er'],
  ['caer', 'ca-er'],
  ['oído', 'o-í-do'],
  ['reúne', 're-ú-ne'],
  ['baúl', 'ba-úl'],
  ['aún', 'a-ún'],
  ['día', 'dí-a'],
  ['sería', 'se-rí-a'],
  ['biología', 'bio-lo-gí-a'],
  ['cuando', 'cuan-do'],
  ['siempre', 'siem-pre'],
  ['igual', 'i-gual'],
  ['paraguas', 'pa-ra-guas'],
  ['hielo', 'hie-lo'],
  ['huevo', 'hue-vo'],
  ['hueso', 'hue-so'],
  ['Uruguay', 'U-ru-guay'],
  ['averiguáis', 'a-ve-ri-guáis'],
  ['buey', 'buey'],
  ['chiita', 'chi-i-ta'],
  ['farmacéutico', 'far-ma-céu-ti-co'],
  ['menopausia', 'me-no-pau-sia'],
  ['osteocalcina', 'os-te-o-cal-ci-na'],
  ['anticoagulante', 'an-ti-co-a-gu-lan-te'],
  ['coagulación', 'co-a-gu-la-ción'],
  // anti- + agregante: the written division keeps i + a as a diphthong (like an-tiá-ci-do).
  ['antiagregante', 'an-tia-gre-gan-te'],
  ['ciudadanía', 'ciu-da-da-ní-a'],
  ['inmunitario', 'in-mu-ni-ta-rio'],
  ['arterias', 'ar-te-rias'],
  ['ecuador', 'e-cua-dor'],
  // y: vowel at the end or alone, consonant before a vowel
  ['hoy', 'hoy'],
  ['muy', 'muy'],
  ['rey', 'rey'],
  ['ley', 'ley'],
  ['y', 'y'],
  ['reyes', 're-yes'],
  ['leyendo', 'le-yen-do'],
  ['yema', 'ye-ma'],
  ['ya', 'ya'],
  // qu, gu, gü
  ['quince', 'quin-ce'],
  ['queso', 'que-so'],
  ['guerra', 'gue-rra'],
  ['guiso', 'gui-so'],
  ['guía', 'guí-a'],
  ['guion', 'guion'],
  ['pingüino', 'pin-güi-no'],
  ['plaquetario', 'pla-que-ta-rio'],
  // h between vowels
  ['ahora', 'a-ho-ra'],
  ['alcohol', 'al-co-hol'],
  ['prohíbe', 'pro-hí-be'],
  ['búho', 'bú-ho'],
  ['ahumado', 'ahu-ma-do'],
  ['deshacer', 'des-ha-cer'],
  ['hígado', 'hí-ga-do'],
  // ch, ll, rr and consonant clusters
  ['chocolate', 'cho-co-la-te'],
  ['calle', 'ca-lle'],
  ['perro', 'pe-rro'],
  ['problema', 'pro-ble-ma'],
  ['hombre', 'hom-bre'],
  ['sangre', 'san-gre'],
  ['atracción', 'a-trac-ción'],
  ['instrumento', 'ins-tru-men-to'],
  ['construcción', 'cons-truc-ción'],
  ['obstáculo', 'obs-tá-cu-lo'],
  ['transporte', 'trans-por-te'],
  ['suplementos', 'su-ple-men-tos'],
  ['hipercalcemia', 'hi-per-cal-ce-mia'],
  ['próstata', 'prós-ta-ta'],
  ['cáncer', 'cán-cer'],
  ['invierno', 'in-vier-no'],
  ['examen', 'e-xa-men'],
  ['taxi', 'ta-xi'],
  ['exhausto', 'ex-haus-to'],
  // everyday and loan words in the pack
  ['vitamina', 'vi-ta-mi-na'],
  ['warfarina', 'war-fa-ri-na'],
  ['médico', 'mé-di-co'],
  ['análisis', 'a-ná-li-sis'],
  ['pescado', 'pes-ca-do'],
  ['sardinas', 'sar-di-nas'],
  ['kéfir', 'ké-fir'],
  ['natto', 'nat-to'],
  ['bypass', 'by-pass'],
  // where the silabea package divides unlike the dictionary
  ['inyección', 'in-yec-ción'],
  ['inhibidor', 'in-hi-bi-dor'],
  ['antihistamínico', 'an-ti-his-ta-mí-ni-co'],
];

describe('syllabify divides Spanish words as a dictionary does', () => {
  test.each(DIVISIONS)('%s → %s', (word, division) => {
    expect(syllabify(word).join('-')).toBe(division.toLowerCase());
  });

  test('the list holds at least 60 words', () => {
    expect(DIVISIONS.length).toBeGreaterThanOrEqual(60);
  });

  test('a prefix divided by its parts has the same number of syllables', () => {
    // sub-ra-yar (by its parts) or su-bra-yar (by the general rule): both are allowed, both are 3.
    expect(syllabify('subrayar')).toHaveLength(3);
    expect(syllabify('desamor')).toHaveLength(3);
    expect(syllabify('atleta')).toHaveLength(3);
  });

  test('capitals and stray accents do not change the count', () => {
    expect(syllabify('CAMIÓN')).toHaveLength(2);
    expect(syllabify('Crohn')).toHaveLength(1);
    expect(syllabify('Parkinson')).toHaveLength(3);
    expect(syllabify('Coumadin')).toHaveLength(3);
  });
});

describe('countSyllables reads numbers, abbreviations and units as they are said', () => {
  test.each([
    ['MK-4', 5], // eme-ka-cua-tro
    ['MK-7', 5], // eme-ka-sie-te
    ['D3', 2], // de tres
    ['K2', 2], // ka dos
    ['K', 1], // ka (vitamina K)
    ['D', 1], // de
    ['B12', 3], // be do-ce
    ['omega-3', 4], // o-me-ga tres
    ['2', 1],
    ['18', 3], // die-cio-cho
    ['65', 6], // se-sen-ta y cin-co
    ['100', 1], // cien
    ['1.000', 1], // mil
    ['2,5', 5], // dos co-ma cin-co
    ['mg', 4], // mi-li-gra-mos
    ['µg', 4], // mi-cro-gra-mos
    ['UI', 10], // u-ni-da-des in-ter-na-cio-na-les
    ['Xa', 2], // diez a (factor Xa)
    ['(cuidado)', 3],
    ['menaquinona-4', 7], // me-na-qui-no-na cua-tro
  ])('%s has %i syllables', (token, count) => {
    expect(countSyllables(token)).toBe(count);
  });

  test('numbers in words', () => {
    expect(numberToSpanish(18)).toBe('dieciocho');
    expect(numberToSpanish(72)).toBe('setenta y dos');
    expect(numberToSpanish(120)).toBe('ciento veinte');
    expect(numberToSpanish(5000)).toBe('cinco mil');
    expect(numberToSpanish(1000)).toBe('mil');
  });
});
