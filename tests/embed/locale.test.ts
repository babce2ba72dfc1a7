// Which locale a widget shows: the page's language (locale="auto") or the partner's tag, matched to the
// locales an article is written in, and where on the page that language is read.
import { describe, expect, test } from 'vitest';
import { languageAround, matchLocale, resolveLocale } from '../../embed/locale';

/** An article written in English (its default), Spanish, Brazilian Portuguese and Taiwanese Chinese. */
const ARTICLE = ['en', 'es', 'pt-BR', 'zh-TW'];
const auto = (pageLang: string | null | undefined, available = ARTICLE, fallback = 'en') =>
  resolveLocale('auto', pageLang, available, fallback);
const asked = (tag: string, available = ARTICLE, fallback = 'en') =>
  resolveLocale(tag, null, available, fallback);

describe('locale="auto" on a page', () => {
  test.each([
    ['es', 'es'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['es-ES', 'es'],
    ['ES-mx', 'es'],
    ['es_MX', 'es'],
    [' es-MX ', 'es'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt', 'pt-BR'], // no "pt" alone: another region of it rather than another language
    ['pt-PT', 'pt-BR'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'], // traditional characters both
    ['de-CH-1996', 'en'], // the article has no German: its default
    ['en-US-u-ca-gregory', 'en'],
    ['es-419-x-private', 'es'],
  ])('in %j shows %j', (lang, locale) => {
    expect(auto(lang)).toBe(locale);
  });

  test.each([
    ['fr', 'a language the article is not written in'],
    ['fr-CA', 'a region of one'],
    ['', 'an empty lang ("unknown" in HTML)'],
    ['12', 'garbage'],
    ['English', 'a language written in full'],
    ['e', 'one letter'],
    ['en-', 'a dangling hyphen'],
    ['x-klingon', 'a private tag'],
    ['i-klingon', 'a grandfathered tag'],
    ['en--GB', 'an empty subtag'],
    ['<script>', 'markup'],
  ])('in %j (%s) shows the article’s default', (lang) => {
    expect(auto(lang)).toBe('en');
    expect(auto(lang, ['es', 'en'], 'es')).toBe('es');
  });

  test('with no lang anywhere shows the article’s default', () => {
    expect(auto(null)).toBe('en');
    expect(auto(undefined)).toBe('en');
    expect(auto(null, ['es', 'en'], 'es')).toBe('es');
  });

  test('an article written in its default only always shows that', () => {
    for (const lang of ['es-MX', 'en-GB', 'zh-Hant-TW', '', '12', null])
      expect(auto(lang, ['en'], 'en')).toBe('en');
  });

  test('prefers the exact tag, then the same region, then the language alone', () => {
    const regional = ['en', 'en-GB', 'es', 'es-MX'];
    expect(auto('en-GB', regional)).toBe('en-GB');
    expect(auto('en-gb', regional)).toBe('en-GB');
    expect(auto('en-AU', regional)).toBe('en');
    expect(auto('es-MX', regional)).toBe('es-MX');
    expect(auto('es-Latn-MX', regional)).toBe('es-MX');
    expect(auto('es-419', regional)).toBe('es');
  });

  test('among other regions of the language takes the article’s default, then the first listed', () => {
    expect(auto('en-US', ['fr', 'en-GB', 'en-AU'], 'fr')).toBe('en-GB');
    expect(auto('en-US', ['fr', 'en-GB', 'en-AU'], 'en-AU')).toBe('en-AU');
  });

  test('keeps to the reader’s script before the region: traditional Chinese for Taiwan, simplified for China', () => {
    const chinese = ['en', 'zh', 'zh-HK'];
    expect(auto('zh-TW', chinese)).toBe('zh-HK');
    expect(auto('zh-Hant-TW', chinese)).toBe('zh-HK');
    expect(auto('zh-CN', chinese)).toBe('zh');
    expect(auto('zh-Hans', chinese)).toBe('zh');
    // The language in another script rather than another language.
    expect(auto('zh-Hant-TW', ['en', 'zh'])).toBe('zh');
  });
});

describe('a locale the partner wrote', () => {
  test.each([
    ['es', 'es'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['ES-mx', 'es'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['pt-BR', 'pt-BR'],
    ['zh-Hant-TW', 'zh-TW'],
  ])('%j shows %j', (tag, locale) => {
    expect(asked(tag)).toBe(locale);
  });

  test.each([
    ['fr', 'a language the article lacks'],
    ['pt', 'a language the article has only for a region'],
    ['pt-PT', 'another region of it'],
    ['en-GB', 'a region, when the article has only another region'],
  ])('%j (%s) is not matched: the caller says so', (tag) => {
    expect(asked(tag, ['en-US', 'es', 'pt-BR'], 'en-US')).toBeUndefined();
  });
});

describe('matchLocale', () => {
  test('finds nothing in no locales, and reads no non-tag', () => {
    expect(matchLocale('en', [])).toBeUndefined();
    expect(matchLocale('12', ['en'])).toBeUndefined();
  });

  test('matches a locale with variants only exactly', () => {
    expect(matchLocale('de-CH', ['de-CH-1996'])).toBeUndefined();
    expect(matchLocale('DE-ch-1996', ['de-CH-1996'])).toBe('de-CH-1996');
  });
});

describe('the page’s language around the element', () => {
  const page = (html: string) => {
    document.documentElement.removeAttribute('lang');
    document.body.innerHTML = html;
    return document.querySelector('personal-factors') as Element;
  };

  test('is the document’s <html lang> when nothing nearer says', () => {
    const element = page('<main><personal-factors></personal-factors></main>');
    document.documentElement.lang = 'fr';
    expect(languageAround(element)).toBe('fr');
  });

  test('is the nearest ancestor’s lang, before the document’s', () => {
    const element = page(
      '<div lang="de"><section lang="es-MX"><personal-factors></personal-factors></section></div>',
    );
    document.documentElement.lang = 'fr';
    expect(languageAround(element)).toBe('es-MX');
  });

  test('is the element’s own lang first', () => {
    const element = page('<div lang="de"><personal-factors lang="es"></personal-factors></div>');
    expect(languageAround(element)).toBe('es');
  });

  test('crosses shadow roots to their hosts', () => {
    const element = page('<div lang="es"><x-card></x-card></div>');
    const shadow = (document.querySelector('x-card') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<article><personal-factors></personal-factors></article>';
    const inside = shadow.querySelector('personal-factors') as Element;
    expect(element).toBeNull();
    expect(languageAround(inside)).toBe('es');
    (shadow.querySelector('article') as Element).setAttribute('lang', 'pt-BR');
    expect(languageAround(inside)).toBe('pt-BR');
  });

  test('is an empty lang as written ("unknown"), which stops the search', () => {
    const element = page('<div lang=""><personal-factors></personal-factors></div>');
    document.documentElement.lang = 'es';
    expect(languageAround(element)).toBe('');
  });

  test('is null when no element says', () => {
    expect(languageAround(page('<personal-factors></personal-factors>'))).toBeNull();
    const detached = document.createElement('personal-factors');
    expect(languageAround(detached)).toBeNull();
  });
});
