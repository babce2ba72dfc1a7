// A partner's choices, what is wrong with them, and what they make: the snippet, the reserve CSS and
// the policy lines. Plain functions of the choices and the build, so tests can read them without a page.
import type { Manifest } from './manifest';
import { elementReserveCss, iframeReserveCss } from './reserve';
import { EXAMPLE_SITE, elementSnippet, HASH_MARKS, iframeSnippet, type Pairs } from './snippet';

export type Mode = 'element' | 'iframe';
/** Where the page loads the files from: the partner's own copy of dist/, or a public npm CDN. */
export type Hosting = 'own' | 'jsdelivr' | 'unpkg';

/** The widget's options by attribute name (`article`, `locale`, `theme`, …), and how it is embedded. */
export type Choices = {
  options: Record<string, string>;
  mode: Mode;
  hosting: Hosting;
  /** Where the partner hosts dist/: a path on their site or a full address. */
  ownBase: string;
  /** Iframe mode: the page's origin, which the frame sends its height and results to. */
  site: string;
};

/** The public CDNs that serve every published npm version, by their address for one. */
export const CDNS: Record<Exclude<Hosting, 'own'>, (name: string, version: string) => string> = {
  jsdelivr: (name, version) => `https://cdn.jsdelivr.net/npm/${name}@${version}/dist`,
  unpkg: (name, version) => `https://unpkg.com/${name}@${version}/dist`,
};

/** Section links in iframe mode open in the partner's page, so they need its full address. */
export const exampleSectionHref = (mode: Mode, site: string, article: string) =>
  mode === 'element' ? '#{id}' : `${site}/articles/${article}#{id}`;

export function initialChoices({ articles, options, pkg }: Manifest): Choices {
  const defaults = Object.fromEntries(
    Object.entries(options).map(([name, property]) => [name, property.default ?? property.enum?.[0] ?? '']),
  );
  return {
    options: { ...defaults, article: articles[0]?.id ?? '' },
    mode: 'element',
    hosting: 'own',
    ownBase: `/personal-factors/${pkg.version}`,
    site: EXAMPLE_SITE,
  };
}

/** The `locale` values an article can take: the languages it is written in, and any value that is no language ("auto"). */
export function localesOf(manifest: Manifest, articleId: string): string[] {
  const written = manifest.articles.find((a) => a.id === articleId)?.locales ?? [];
  return (manifest.options.locale?.enum ?? written).filter(
    (value) => written.includes(value) || !manifest.catalogLocales.includes(value),
  );
}

/** What is wrong with a choice, by the field it belongs to; empty when the snippet can be copied. */
export type Problems = Partial<Record<'section-href' | 'ownBase' | 'site', string>>;

export function problemsOf(choices: Choices, manifest: Manifest): Problems {
  const problems: Problems = {};
  const href = choices.options['section-href'] ?? '';
  const hrefRule = manifest.options['section-href'];
  if (hrefRule?.pattern && !new RegExp(hrefRule.pattern).test(href))
    problems['section-href'] = `"${href}" is not ${hrefRule.description ?? 'a link template'}.`;
  else if (choices.mode === 'iframe' && !/^https?:\/\//i.test(href))
    problems['section-href'] =
      `In iframe mode the links open in your page, not in the frame: write your article's full address with {id}, e.g. "${exampleSectionHref('iframe', choices.site, choices.options.article ?? '')}".`;
  if (choices.hosting === 'own' && !/^(\/|https?:\/\/)[^\s"'<>]*$/i.test(choices.ownBase))
    problems.ownBase = `"${choices.ownBase}" is not a folder on your site: start it with "/" (a path on your site) or "https://" (another host), with no spaces or quotes.`;
  if (choices.mode === 'iframe' && originOf(choices.site) !== choices.site)
    problems.site = `"${choices.site}" is not an origin: write the scheme and host of your pages only, e.g. "${EXAMPLE_SITE}", with no path or trailing "/".`;
  return problems;
}

function originOf(address: string): string | undefined {
  try {
    const url = new URL(address);
    return /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The folder the snippet loads the files from, without a trailing "/". */
export function filesBase(choices: Choices, { pkg }: Manifest): string {
  return choices.hosting === 'own'
    ? choices.ownBase.replace(/\/+$/, '')
    : CDNS[choices.hosting](pkg.name, pkg.version);
}

/** The options that differ from their defaults, in the schema's order; the article always. */
export function changedOptions(choices: Choices, manifest: Manifest): Pairs {
  return Object.entries(manifest.options)
    .filter(([name, property]) => name === 'article' || choices.options[name] !== property.default)
    .map(([name]) => [name, choices.options[name] ?? ''] as const);
}

export function snippetOf(choices: Choices, manifest: Manifest): string {
  const base = filesBase(choices, manifest);
  const sri = manifest.sri ?? HASH_MARKS;
  const options = changedOptions(choices, manifest);
  if (choices.mode === 'element') return elementSnippet(base, sri['embed.js'], options);
  // The frame talks only to the origin the page names.
  return iframeSnippet(base, sri['resizer.js'], [...options, ['parent-origin', choices.site]]);
}

export const reserveCssOf = (choices: Choices) =>
  choices.mode === 'element' ? elementReserveCss() : iframeReserveCss();

/** The sources the page's Content-Security-Policy must allow: the files' origin, or 'self' for the page's own. */
export function cspOf(choices: Choices, manifest: Manifest): string {
  const source = originOf(filesBase(choices, manifest)) ?? "'self'";
  return choices.mode === 'element' ? `script-src ${source}` : `script-src ${source}\nframe-src ${source}`;
}
