// What the configurator writes for a partner's choices, read without a page: the snippet for each mode
// and host, the policy lines, the locales an article offers, and what a wrong choice is told.
import { describe, expect, test } from 'vitest';
import {
  type Choices,
  cspOf,
  initialChoices,
  localesOf,
  problemsOf,
  snippetOf,
} from '../../configurator/choices';
import type { Manifest } from '../../configurator/manifest';

/** A build with two articles, one of them in two languages, and a `locale` value that is no language. */
const manifest: Manifest = {
  pkg: { name: 'personal-factors-widget', version: '1.2.3' },
  sri: { 'embed.js': 'sha384-EMBED', 'resizer.js': 'sha384-RESIZER' },
  articles: [
    { id: 'd3-k2', title: 'D3 and K2', locales: ['en', 'es'], sections: [{ id: 'why', heading: 'Why' }] },
    { id: 'iron', title: 'Iron', locales: ['en'], sections: [{ id: 'how', heading: 'How' }] },
  ],
  options: {
    article: { enum: ['d3-k2', 'iron'] },
    locale: { enum: ['en', 'es', 'fr', 'auto'], default: 'en' },
    'section-href': {
      pattern: '^(#|\\/|\\.\\.?\\/|[Hh][Tt][Tt][Pp][Ss]?:\\/\\/)\\S*\\{id\\}',
      default: '#{id}',
      description: 'a link template with {id}',
    },
    theme: { enum: ['auto', 'light', 'dark'], default: 'auto' },
    'share-results': { enum: ['count', 'caveat-ids'], default: 'count' },
  },
  catalogLocales: ['en', 'es', 'fr'],
};

const choose = (change: (c: Choices) => Partial<Choices>, options: Record<string, string> = {}): Choices => {
  const initial = initialChoices(manifest);
  const changed = { ...initial, options: { ...initial.options, ...options } };
  return { ...changed, ...change(changed) };
};

describe('the snippet', () => {
  test("is the README's for the defaults: the first article, hosted on the partner's own path", () => {
    expect(snippetOf(initialChoices(manifest), manifest)).toBe(`<script
  src="/personal-factors/1.2.3/embed.js"
  integrity="sha384-EMBED"
  crossorigin="anonymous"
  defer
></script>

<personal-factors article="d3-k2"></personal-factors>`);
  });

  test('writes only the options that differ from their defaults, escaped', () => {
    const snippet = snippetOf(
      choose(() => ({}), {
        locale: 'es',
        theme: 'dark',
        'section-href': '/a?b=1&c="2"#{id}',
        'share-results': 'caveat-ids',
      }),
      manifest,
    );
    expect(snippet).toContain(
      '<personal-factors article="d3-k2" locale="es" section-href="/a?b=1&amp;c=&quot;2&quot;#{id}" theme="dark" share-results="caveat-ids"></personal-factors>',
    );
  });

  test('loads a published version from a public CDN, which the policy lines then allow', () => {
    const jsdelivr = choose(() => ({ hosting: 'jsdelivr' }));
    expect(snippetOf(jsdelivr, manifest)).toContain(
      'src="https://cdn.jsdelivr.net/npm/personal-factors-widget@1.2.3/dist/embed.js"',
    );
    expect(cspOf(jsdelivr, manifest)).toBe('script-src https://cdn.jsdelivr.net');
    const unpkg = choose(() => ({ hosting: 'unpkg' }));
    expect(snippetOf(unpkg, manifest)).toContain(
      'src="https://unpkg.com/personal-factors-widget@1.2.3/dist/embed.js"',
    );
    expect(
      cspOf(
        choose(() => ({})),
        manifest,
      ),
    ).toBe("script-src 'self'");
  });

  test("in iframe mode: the resizer, and the options in the frame's query with the page's origin", () => {
    const iframe = choose(
      () => ({
        mode: 'iframe',
        ownBase: 'https://static.example.org/pfw/1.2.3/',
        site: 'https://news.example.org',
      }),
      { 'section-href': 'https://news.example.org/d3 k2#{id}', theme: 'light' },
    );
    const snippet = snippetOf(iframe, manifest);
    expect(snippet).toContain(
      'src="https://static.example.org/pfw/1.2.3/resizer.js"\n  integrity="sha384-RESIZER"',
    );
    expect(snippet).toContain(
      'src="https://static.example.org/pfw/1.2.3/frame.html?article=d3-k2&amp;section-href=https://news.example.org/d3%20k2%23{id}&amp;theme=light&amp;parent-origin=https://news.example.org"',
    );
    expect(cspOf(iframe, manifest)).toBe(
      'script-src https://static.example.org\nframe-src https://static.example.org',
    );
  });

  test("on the dev server, where nothing is built, has the README's marks where the hashes go", () => {
    expect(snippetOf(initialChoices({ ...manifest, sri: null }), { ...manifest, sri: null })).toContain(
      'integrity="sha384-HASH_OF_EMBED_JS"',
    );
  });
});

test('an article offers the languages it is written in, and values that are no language', () => {
  expect(localesOf(manifest, 'd3-k2')).toEqual(['en', 'es', 'auto']);
  expect(localesOf(manifest, 'iron')).toEqual(['en', 'auto']);
});

describe('a wrong choice is told what is wrong, by its field', () => {
  test('a section link that is not a template of the allowed kinds', () => {
    expect(
      problemsOf(
        choose(() => ({}), { 'section-href': 'javascript:alert(1)//{id}' }),
        manifest,
      ),
    ).toEqual({
      'section-href': '"javascript:alert(1)//{id}" is not a link template with {id}.',
    });
  });

  test('in iframe mode, a section link that is not a full address, and a site that is not an origin', () => {
    const problems = problemsOf(
      choose(() => ({ mode: 'iframe', site: 'https://news.example.org/' })),
      manifest,
    );
    expect(problems['section-href']).toMatch(/^In iframe mode the links open in your page, not in the frame/);
    expect(problems.site).toMatch(/^"https:\/\/news\.example\.org\/" is not an origin/);
  });

  test('a folder that is neither a path on the site nor a full address', () => {
    expect(
      problemsOf(
        choose(() => ({ ownBase: 'static/pfw' })),
        manifest,
      ).ownBase,
    ).toMatch(/^"static\/pfw" is not a folder on your site: start it with "\/"/);
  });

  test('the defaults need no fixing', () => {
    expect(problemsOf(initialChoices(manifest), manifest)).toEqual({});
  });
});
