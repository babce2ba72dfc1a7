// What a partner who mistypes the snippet is told: each bad attribute by name, with what is allowed.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { resolveLocale } from '../../embed/locale';
import { widgetOptions } from '../../embed/options';
import { type OptionsResult, optionNames, readOptions } from '../../embed/read-options';
import { articles } from '../../src/content/registry';
import { Locale, PackLocale } from '../../src/schema/locale';
import { catalogs } from '../../src/ui/messages/catalogs';

type Raw = Record<string, string | null | undefined>;
/** The shipped article's locales (this build has messages for each), its default first. */
const d3k2 = articles.find((a) => a.id === 'd3-k2') as (typeof articles)[number];
const D3K2_LOCALES = [d3k2.pack.locale, ...Object.keys(d3k2.locales).filter((l) => l !== d3k2.pack.locale)];
/** Values as the messages list them. */
const listed = (values: string[]) => values.map((v) => `"${v}"`).join(', ');
const read = (raw: Raw): OptionsResult => readOptions(raw, articles);

/** The lines the console and the widget's box show for these attributes (none when they are fine). */
const problemsFor = (raw: Raw): string[] => {
  const result = read(raw);
  return result.ok ? [] : result.issues.map((issue) => issue.message);
};
const optionsFor = (raw: Raw) => {
  const result = read(raw);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('; '));
  return result.options;
};

describe('a partner snippet with just the article', () => {
  test('gets the documented defaults: the page’s language or else the article’s (English), links to #{id} on the same page, the reader’s colour scheme', () => {
    expect(optionsFor({ article: 'd3-k2' })).toEqual({
      article: 'd3-k2',
      locale: 'en',
      'section-href': '#{id}',
      theme: 'auto',
      'share-results': 'count',
    });
  });

  test('treats attributes the element does not have (null) as missing, so defaults apply', () => {
    expect(optionsFor({ article: 'd3-k2', locale: null, theme: null, 'section-href': null })).toEqual(
      optionsFor({ article: 'd3-k2' }),
    );
  });

  test('the element watches exactly the five documented attributes', () => {
    expect([...optionNames].sort()).toEqual(['article', 'locale', 'section-href', 'share-results', 'theme']);
  });
});

describe('a partner who sets every option', () => {
  test('keeps each value as given', () => {
    const every = {
      article: 'd3-k2',
      locale: 'en',
      theme: 'dark',
      'section-href': '/guides/d3-k2#{id}',
      'share-results': 'caveat-ids',
    };
    expect(optionsFor(every)).toEqual(every);
  });

  test.each([
    '#{id}',
    '/articles/d3-k2#{id}',
    './d3-k2.html#{id}',
    '../d3-k2.html#{id}',
    'https://example.org/d3-k2#{id}',
    'HTTP://example.org/d3-k2?section={id}',
  ])('may link sections with %s', (href) => {
    expect(optionsFor({ article: 'd3-k2', 'section-href': href })['section-href']).toBe(href);
  });
});

describe('a partner snippet with mistakes', () => {
  test('without an article is told the attribute is required and which articles exist', () => {
    expect(problemsFor({})).toEqual(['"article" is required: expected one of "d3-k2"']);
  });

  test('with an article this build does not have is told what it wrote and which articles exist', () => {
    expect(problemsFor({ article: 'vitamin-c' })).toEqual([
      '"article" is "vitamin-c": expected one of "d3-k2"',
    ]);
  });

  test('with an unknown theme is told the three themes', () => {
    expect(problemsFor({ article: 'd3-k2', theme: 'purple' })).toEqual([
      '"theme" is "purple": expected one of "auto", "light", "dark"',
    ]);
  });

  test('with a locale the article is not written in is told the locales there are', () => {
    expect(problemsFor({ article: 'd3-k2', locale: 'fr' })).toEqual([
      `"locale" is "fr", but article "d3-k2" is written only in ${listed(D3K2_LOCALES)}`,
    ]);
  });

  test.each(['12', 'English', 'en_GB', 'en-', ''])(
    'with %j as locale is told what a locale may be',
    (locale) => {
      expect(problemsFor({ article: 'd3-k2', locale })).toEqual([
        `"locale" is "${locale}": expected one of ${listed(['auto', ...Object.keys(catalogs)])}, or a language tag such as "es" or "es-419"`,
      ]);
    },
  );

  test('with a share-results value it does not know is told the two there are', () => {
    expect(problemsFor({ article: 'd3-k2', 'share-results': 'all' })).toEqual([
      '"share-results" is "all": expected one of "count", "caveat-ids"',
    ]);
  });

  test('with an empty attribute is told it is empty, not that it is missing', () => {
    expect(problemsFor({ article: 'd3-k2', theme: '' })).toEqual([
      '"theme" is "": expected one of "auto", "light", "dark"',
    ]);
  });

  test('with several mistakes gets one line for each, naming each attribute', () => {
    const lines = problemsFor({ article: 'vitamin-c', theme: 'purple', locale: '12' });
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.match(/^"([a-z-]+)"/)?.[1]).sort()).toEqual([
      'article',
      'locale',
      'theme',
    ]);
  });

  test('with a section link that has no {id} is shown how to write one', () => {
    expect(problemsFor({ article: 'd3-k2', 'section-href': '#top' })).toEqual([
      '"section-href" is "#top": expected a link template that starts with "#", "/", "./" or "http(s)://" and contains {id}, e.g. "#{id}"',
    ]);
  });

  test.each([
    'javascript:alert(1)//{id}',
    'JavaScript:alert(1)//{id}',
    ' javascript:alert(1)//{id}',
    'data:text/html,{id}',
    'vbscript:{id}',
    'mailto:someone@example.org?subject={id}',
  ])('cannot make section links run script or leave the web: %s is rejected', (href) => {
    expect(problemsFor({ article: 'd3-k2', 'section-href': href })).toEqual([
      `"section-href" is "${href}": expected a link template that starts with "#", "/", "./" or "http(s)://" and contains {id}, e.g. "#{id}"`,
    ]);
  });
});

describe('a locale the article is not written in', () => {
  test('is refused with the locales the article has, even when there are messages for it', () => {
    const englishOnly = [
      { id: 'd3-k2', pack: { locale: 'en' }, locales: { en: {} } },
    ] as unknown as typeof articles;
    const result = readOptions({ article: 'd3-k2', locale: 'en' }, englishOnly);
    expect(result.ok).toBe(true);
    const noEnglish = [
      { id: 'd3-k2', pack: { locale: 'en-GB' }, locales: { 'en-GB': {} } },
    ] as unknown as typeof articles;
    const refused = readOptions({ article: 'd3-k2', locale: 'en' }, noEnglish);
    expect(refused.ok ? [] : refused.issues).toEqual([
      {
        code: 'locale_unavailable',
        path: ['locale'],
        message: '"locale" is "en", but article "d3-k2" is written only in "en-GB"',
      },
    ]);
  });
});

describe('the locale a widget shows', () => {
  /** A test article in English (its default) and Spanish; the build has messages in both, or in `catalogs`. */
  const bilingual = [
    { id: 'd3-k2', pack: { locale: 'en' }, locales: { en: {}, es: {} } },
  ] as unknown as typeof articles;
  const localeFor = (raw: Raw, lang?: string | null, catalogs = ['en', 'es']) => {
    const result = readOptions({ article: 'd3-k2', ...raw }, bilingual, { lang, catalogs });
    return result.ok ? result.options.locale : result.issues.map((issue) => issue.message);
  };

  test('by default (auto) is the page’s language as the article has it', () => {
    expect(localeFor({}, 'es-MX')).toBe('es');
    expect(localeFor({ locale: 'auto' }, 'es-419')).toBe('es');
    expect(localeFor({}, 'en-GB')).toBe('en');
  });

  test('by default is the article’s own when the page is in another language, or says none', () => {
    for (const lang of ['fr', 'de-DE', '', '12', null, undefined]) expect(localeFor({}, lang)).toBe('en');
    const spanishFirst = [
      { id: 'd3-k2', pack: { locale: 'es' }, locales: { en: {}, es: {} } },
    ] as unknown as typeof articles;
    const result = readOptions({ article: 'd3-k2' }, spanishFirst, { lang: 'fr', catalogs: ['en', 'es'] });
    expect(result.ok && result.options.locale).toBe('es');
  });

  test('written by the partner is the article’s locale for that tag, whatever the page says', () => {
    expect(localeFor({ locale: 'es-MX' }, 'en')).toBe('es');
    expect(localeFor({ locale: 'ES-mx' })).toBe('es');
    expect(localeFor({ locale: 'en' }, 'es')).toBe('en');
  });

  test('is never one the build has no messages for: auto falls back, a written one is refused', () => {
    expect(localeFor({}, 'es', ['en'])).toBe('en');
    expect(localeFor({ locale: 'es' }, 'es', ['en'])).toEqual([
      '"locale" is "es", but article "d3-k2" is written only in "en"',
    ]);
  });

  test('written by the partner in a language the article lacks is refused, the tag as written', () => {
    expect(localeFor({ locale: 'fr-CA' }, 'fr-CA')).toEqual([
      '"locale" is "fr-CA", but article "d3-k2" is written only in "en", "es"',
    ]);
  });
});

describe('the locale schema', () => {
  test('takes language tags as partners write them', () => {
    for (const tag of ['en', 'es-419', 'es-MX', 'ES-mx', 'zh-Hant-TW', 'de-CH-1996', 'en-XA'])
      expect(Locale.safeParse(tag).success, tag).toBe(true);
    for (const tag of ['', '12', 'English', 'en_GB', 'en-', 'auto'])
      expect(Locale.safeParse(tag).success, tag).toBe(false);
  });

  test('while packs keep declaring the simple form, in a language the dosing guard knows', () => {
    for (const tag of ['en', 'en-GB', 'en-XA']) expect(PackLocale.safeParse(tag).success, tag).toBe(true);
    for (const tag of ['es-419', 'en-gb', 'EN', 'zh-Hant-TW'])
      expect(PackLocale.safeParse(tag).error?.issues[0]?.message, tag).toBe(
        'Expected a language code such as "en" or "en-GB"',
      );
    expect(PackLocale.safeParse('xx').error?.issues.map((i) => i.message)).toEqual([
      'The dosing guard has no patterns for this language: add them to src/text/dosing-guard.ts first',
    ]);
  });
});

describe('the attribute rules the shipped script checks', () => {
  const WidgetOptions = widgetOptions(
    articles.map((a) => a.id),
    Object.keys(catalogs),
  );

  test('report each problem with a code and the option as its path', () => {
    const result = read({ article: 'vitamin-c', locale: '12', theme: 'purple', 'section-href': '#top' });
    expect(result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'invalid_value', path: ['article'] },
      { code: 'no_match', path: ['locale'] },
      { code: 'invalid_format', path: ['section-href'] },
      { code: 'invalid_value', path: ['theme'] },
    ]);
    const missing = read({});
    expect(missing.ok ? [] : missing.issues.map((issue) => issue.code)).toEqual(['missing']);
  });

  test('accept and reject exactly what the zod schema does, with the same values', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.constantFrom(
        'd3-k2',
        'en',
        'en-GB',
        'EN',
        'es-419',
        'fr',
        '12',
        'auto',
        'light',
        'dark',
        '#{id}',
        '/a#{id}',
        'https://x.org/{id}',
        'javascript:{id}',
        'count',
        'caveat-ids',
        '',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.record({
          article: value,
          locale: value,
          'section-href': value,
          theme: value,
          'share-results': value,
        }),
        (raw) => {
          const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null));
          const byZod = WidgetOptions.safeParse(given);
          const shipped = read(raw);
          // The schema takes any language tag; the reader then matches it to the article's locales,
          // or refuses it with locale_unavailable, which only it can tell.
          const unavailable = !shipped.ok && shipped.issues.every((i) => i.code === 'locale_unavailable');
          expect(shipped.ok || unavailable).toBe(byZod.success);
          if (shipped.ok && byZod.success) {
            const { locale, ...rest } = byZod.data;
            const resolved = resolveLocale(locale, null, D3K2_LOCALES, d3k2.pack.locale);
            expect(shipped.options).toEqual({ ...rest, locale: resolved });
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
