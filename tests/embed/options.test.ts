// What a partner who mistypes the snippet is told: each bad attribute by name, with what is allowed.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { widgetOptions } from '../../embed/options';
import { type OptionsResult, optionNames, readOptions } from '../../embed/read-options';
import { articles } from '../../src/content/registry';
import { catalogs } from '../../src/ui/messages/catalogs';

type Raw = Record<string, string | null | undefined>;
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
  test('gets the documented defaults: English, links to #{id} on the same page, the reader’s colour scheme', () => {
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

  test('with an unknown locale is told the locales there are', () => {
    expect(problemsFor({ article: 'd3-k2', locale: 'fr' })).toEqual([
      '"locale" is "fr": expected one of "en", "es"',
    ]);
  });

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
    const lines = problemsFor({ article: 'vitamin-c', theme: 'purple', locale: 'fr' });
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
    const englishOnly = [{ id: 'd3-k2', locales: { en: {} } }] as unknown as typeof articles;
    const result = readOptions({ article: 'd3-k2', locale: 'en' }, englishOnly);
    expect(result.ok).toBe(true);
    const noEnglish = [{ id: 'd3-k2', locales: { 'en-GB': {} } }] as unknown as typeof articles;
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

describe('the attribute rules the shipped script checks', () => {
  const WidgetOptions = widgetOptions(
    articles.map((a) => a.id),
    Object.keys(catalogs),
  );

  test('report each problem with a code and the option as its path', () => {
    const result = read({ article: 'vitamin-c', theme: 'purple', 'section-href': '#top' });
    expect(result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'invalid_value', path: ['article'] },
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
          expect(shipped.ok).toBe(byZod.success);
          if (shipped.ok && byZod.success) expect(shipped.options).toEqual(byZod.data);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
