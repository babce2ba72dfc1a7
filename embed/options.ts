import * as z from 'zod/mini';
import { Locale } from '../src/schema/locale';

// The widget's options, from element attributes or iframe query parameters (same names). This zod
// schema is the single source of truth; the shipped script checks attributes against the JSON Schema
// the build generates from it (`virtual:options-schema`), so that zod itself is not shipped.

const listed = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
const oneOf = (values: readonly string[]) =>
  z.enum(values as [string, ...string[]], `expected one of ${listed(values)}`);

/** Section links become `href`s: only page anchors, relative paths and http(s) URLs, never `javascript:`. */
const SECTION_HREF =
  'a link template that starts with "#", "/", "./" or "http(s)://" and contains {id}, e.g. "#{id}"';

/** What `locale` may say besides the locales named: any language tag, matched to the article's (embed/locale.ts). */
const LANGUAGE_TAG = 'a language tag such as "es" or "es-419"';

/** What the results event carries: `count` only, or the caveat ids too, when the page opts in. */
export const SHARE_RESULTS = ['count', 'caveat-ids'] as const;

/**
 * The options for a build that serves `articles` (their ids) in `locales` (those with a message catalog).
 * `locale` is "auto" (the page's language), one of `locales`, or any other language tag ("es-MX"): the
 * reader then matches it to a locale the article is written in, or says the article lacks it.
 */
export function widgetOptions(articles: readonly string[], locales: readonly string[]) {
  return z.strictObject({
    article: oneOf(articles),
    locale: z._default(
      z.union([oneOf(['auto', ...locales]), Locale.check(z.describe(LANGUAGE_TAG))]),
      'auto',
    ),
    'section-href': z._default(
      z
        .string()
        .check(
          z.regex(/^(#|\/|\.\.?\/|[Hh][Tt][Tt][Pp][Ss]?:\/\/)\S*\{id\}/, `expected ${SECTION_HREF}`),
          z.describe(SECTION_HREF),
        ),
      '#{id}',
    ),
    theme: z._default(oneOf(['auto', 'light', 'dark']), 'auto'),
    // Which caveats apply is an inference about the reader ("anticoagulant": takes a blood thinner), and
    // any script on the host page hears the results event: by default it carries only how many apply.
    'share-results': z._default(oneOf(SHARE_RESULTS), 'count'),
  });
}
export type WidgetOptions = z.infer<ReturnType<typeof widgetOptions>>;

type Property = { anyOf?: Property[]; enum?: string[]; pattern?: string; description?: string };

/**
 * The JSON Schema the shipped script validates attributes with, generated from `widgetOptions`. A
 * property that is one of several values or a pattern (`locale`: zod's `anyOf` of an enum and a
 * pattern) is written flat, as `enum` and `pattern` side by side, read as "either" by
 * embed/read-options.ts: the configurator keeps listing its `enum` ("auto" and the locales).
 * @public (read by tools/options-schema-plugin.ts through tsx, which knip cannot follow)
 */
export function optionsJsonSchema(articles: readonly string[], locales: readonly string[]): object {
  const schema = z.toJSONSchema(widgetOptions(articles, locales), { io: 'input' }) as {
    properties: Record<string, Property>;
  };
  for (const [name, { anyOf, ...property }] of Object.entries(schema.properties)) {
    if (!anyOf) continue;
    const values = anyOf.find((branch) => branch.enum);
    const pattern = anyOf.find((branch) => branch.pattern);
    if (anyOf.length !== 2 || !values || !pattern)
      throw new Error(`option "${name}": only an enum beside a pattern is written flat`);
    schema.properties[name] = { ...property, ...values, ...pattern, enum: values.enum };
  }
  return schema;
}
