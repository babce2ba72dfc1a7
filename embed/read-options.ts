import { properties as schemaProperties } from 'virtual:options-schema';
import type { Article } from '../src/schema/article';
import type { Issue } from '../src/schema/issues';
import type { WidgetOptions } from './options';

type Property = (typeof schemaProperties)[string];
const properties = schemaProperties as Record<keyof WidgetOptions, Property>;

/** The attribute names the element reacts to. */
export const optionNames = Object.keys(properties) as (keyof WidgetOptions)[];

/** The same shape as `evaluate`'s: the options, or one issue per bad option (its path is the option's name). */
export type OptionsResult = { ok: true; options: WidgetOptions } | { ok: false; issues: Issue[] };

const expected = (property: Property) =>
  property.enum
    ? `expected one of ${property.enum.map((v) => `"${v}"`).join(', ')}`
    : `expected ${property.description}`;

const allows = (property: Property, value: string) =>
  property.enum ? property.enum.includes(value) : new RegExp(property.pattern ?? '').test(value);

/**
 * Reads options from raw strings (a missing attribute is `null` or `undefined`); never throws. Checks
 * them against the JSON Schema generated from the `widgetOptions` zod schema (the script ships no zod),
 * then that the article is written in the locale asked for: no French messages over an English pack.
 */
export function readOptions(
  raw: Record<string, string | null | undefined>,
  articles: readonly Pick<Article, 'id' | 'locales'>[],
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
    else wrong(property.enum ? 'invalid_value' : 'invalid_format', `is "${given}": ${expected(property)}`);
  }
  const article = articles.find((a) => a.id === options.article);
  if (article && options.locale && !Object.hasOwn(article.locales, options.locale)) {
    const written = Object.keys(article.locales).map((l) => `"${l}"`);
    issues.push({
      code: 'locale_unavailable',
      path: ['locale'],
      message: `"locale" is "${options.locale}", but article "${article.id}" is written only in ${written.join(', ')}`,
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, options: options as WidgetOptions };
}
