// A locale is a text table over the default pack's structure: the checker fails one that misses a text,
// has one the pack does not, changes a placeholder or says how much to take, in its own language.
import { describe, expect, test } from 'vitest';
import { d3k2 } from '../../src/content/d3-k2';
import type { Article } from '../../src/schema/article';
import { packInLocale, packsByLocale, type Translation } from '../../src/schema/pack-text';
import { checkArticle } from '../../tools/check/check-article';

const options = { today: '2026-12-07', maxAgeDays: 365 };
const spanish = d3k2.translations?.es as Translation;

/** D3 + K2 with its Spanish table changed by `change`, assembled as the registry does. */
function withSpanish(change: (text: Record<string, string>) => void): Article {
  const text = { ...spanish.text };
  change(text);
  const translations = { es: { ...spanish, text } };
  return { ...d3k2, translations, locales: packsByLocale(d3k2.pack, d3k2.medications, translations) };
}

/** The errors the checker reports for the Spanish locale, as "code path". */
function spanishErrors(article: Article): string[] {
  const [, result] = checkArticle(article, options).find(([locale]) => locale === 'es') ?? [];
  return (result?.problems ?? [])
    .filter((p) => p.level === 'error')
    .map((p) => `${p.code} ${p.path.join(' ')}`);
}

describe('a pack in another locale', () => {
  test('carries no review of the default locale, neither the pack’s nor a caveat’s: each locale is signed on its own', () => {
    const signed = { status: 'signed', by: 'A Reviewer', credentials: 'MD', date: '2026-12-01' } as const;
    const pack = {
      ...d3k2.pack,
      review: signed,
      caveats: d3k2.pack.caveats.map((c) => ({ ...c, review: signed })),
    };
    const spanishPack = packInLocale(pack, d3k2.medications, spanish);
    expect(spanishPack.review).toEqual({ status: 'awaiting-review' });
    expect(spanishPack.caveats.filter((c) => c.review)).toEqual([]);
  });
});

describe('the checker, for each locale of an article', () => {
  test('passes the Spanish table as written', () => {
    expect(spanishErrors(d3k2)).toEqual([]);
  });

  test('fails a missing text', () => {
    const article = withSpanish((text) => delete text['caveats.anticoagulant.body']);
    expect(spanishErrors(article)).toEqual(['missing_text translations es text caveats.anticoagulant.body']);
  });

  test('fails a text the pack does not have', () => {
    const article = withSpanish((text) => (text['caveats.anticoagulant.titel'] = 'Anticoagulantes'));
    expect(spanishErrors(article)).toEqual(['unknown_text translations es text caveats.anticoagulant.titel']);
  });

  test('fails a placeholder that differs from the default locale’s', () => {
    const article = withSpanish((text) => (text['questions.age.reason'] = 'Tiene {respuesta} años'));
    expect(spanishErrors(article)).toEqual([
      'placeholder_mismatch translations es text questions.age.reason',
    ]);
  });

  test('fails a name for a blood thinner that the medicine list would not read as that blood thinner', () => {
    const article = withSpanish((text) => (text['medications.warfarin.generic'] = 'zarfarina'));
    expect(spanishErrors(article)).toEqual([
      'unrecognised_name translations es text medications.warfarin.generic',
    ]);
  });

  test('fails dose text in the locale’s own words', () => {
    const article = withSpanish(
      (text) => (text['caveats.with-fat.body'] = 'Tome dos cápsulas al día con la comida principal.'),
    );
    expect(spanishErrors(article).every((e) => e.startsWith('dosing_language caveats'))).toBe(true);
    expect(spanishErrors(article).length).toBeGreaterThan(0);
  });
});
