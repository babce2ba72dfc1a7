import { properties as schemaProperties } from 'virtual:options-schema';
import type { Article } from '../src/schema/article';
import type { Issue } from '../src/schema/issues';
import { resolveLocale } from './locale';
import type { WidgetOptions } from './options';

type Property = (typeof schemaProperties)[string];
const properties = schemaProperties as Record<keyof WidgetOptions, Property>;

/** The attribute names the element reacts to. */
export const optionNames = Object.keys(properties) as (keyof WidgetOptions)[];

/** The same shape as `evaluate`'s: the options, or one issue per bad option (its path is the option's name). */
export type OptionsResult = { ok: true; options: WidgetOptions } | { ok: false; issues: Issue[] };

const expected = ({ enum: values, pattern, description }: Property) => {
  const listed = values && `one of ${values.map((v) => `"${v}"`).join(', ')}`;
  if (listed && pattern !== undefined) return `expected ${listed}, or ${description}`;
  return `expected ${listed ?? description}`;
};

/** One of `enum`, or matching `pattern` (`locale` has both: "auto", its locales, or a language tag). */
const allows = (property: Property, value: string) =>
  !!property.enum?.includes(value) ||
  (property.pattern !== undefined && new RegExp(property.pattern).test(value));

const codeFor = (property: Property): Issue['code'] =>
  property.enum ? (property.pattern === undefined ? 'invalid_value' : 'no_match') : 'invalid_format';

/** Where the widget is: the page's language around it (for `locale="auto"`) and the locales this build has messages for. */
export type Surroundings = { lang?: string | null; catalogs?: readonly string[] };

/** The locales of `article` a widget can show (with messages, when the build's are given), its default first. */
function localesOf(article: Pick<Article, 'locales' | 'pack'>, catalogs?: readonly string[]): string[] {
  const written = Object.keys(article.locales).filter((locale) => !catalogs || catalogs.includes(locale));
  const own = article.pack.locale;
  return written.includes(own) ? [own, ...written.filter((locale) => locale !== own)] : written;
}

/**
 * Reads options from raw strings (a missing attribute is `null` or `undefined`); never throws. Checks
 * them against the JSON Schema generated from the `widgetOptions` zod schema (the script ships no zod),
 * then resolves `locale` to one the article is written in (embed/locale.ts): for "auto" the page's
 * language or else the article's default, for a tag its match or else a `locale_unavailable` issue.
 * The options' `locale` is then that one locale, for messages and pack alike: never a mix.
 */
export function readOptions(
  raw: Record<string, string | null | undefined>,
  articles: readonly Pick<Article, 'id' | 'locales' | 'pack'>[],
  { lang, catalogs }: Surroundings = {},
): OptionsResult {
  const options: Record<string, string> = {};
  const issues: Issue[] = [];
  for (const option of optionNames) {
    const property = properties[option];
    const given = raw[option] ?? undefined;
    const value = given ?? property.default;
    const wrong = (code: Issue['code'], message: string) =>
      issues.push({ code, path: [option], message: `"${option}" ${message}` });
    if (value === undefined) wrong('missing', `is required: ${expected(property)}`);
    else if (allows(property, value)) options[option] = value;
    else wrong(codeFor(property), `is "${given}": ${expected(property)}`);
  }
  const article = articles.find((a) => a.id === options.article);
  if (article && options.locale) {
    const available = localesOf(article, catalogs);
    const [fallback] = available;
    const locale = fallback && resolveLocale(options.locale, lang, available, fallback);
    if (locale) options.locale = locale;
    else {
      const written = available.map((l) => `"${l}"`).join(', ');
      issues.push({
        code: 'locale_unavailable',
        path: ['locale'],
        message: written
          ? `"locale" is "${options.locale}", but article "${article.id}" is written only in ${written}`
          : `"locale" is "${options.locale}", but article "${article.id}" is written in no language this build has messages for`,
      });
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, options: options as WidgetOptions };
}
