import * as z from 'zod/mini';
import { locales, packs } from './catalog';

// The widget's options, from element attributes or iframe query parameters (same names). This zod
// schema is the single source of truth; the shipped script checks attributes against the JSON Schema
// generated from it (embed/options-schema.json), because zod itself would cost partners ~5 kB gzip.

const listed = (values: string[]) => values.map((v) => `"${v}"`).join(', ');
const oneOf = (values: string[]) =>
  z.enum(values as [string, ...string[]], `expected one of ${listed(values)}`);

/** Section links become `href`s: only page anchors, relative paths and http(s) URLs, never `javascript:`. */
const SECTION_HREF =
  'a link template that starts with "#", "/", "./" or "http(s)://" and contains {id}, e.g. "#{id}"';

export const WidgetOptions = z.strictObject({
  article: oneOf(Object.keys(packs)),
  locale: z._default(oneOf(Object.keys(locales)), 'en'),
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
});
export type WidgetOptions = z.infer<typeof WidgetOptions>;

/** The JSON Schema the shipped script validates attributes with, generated from `WidgetOptions`. */
export function optionsJsonSchema(): object {
  return z.toJSONSchema(WidgetOptions, { io: 'input' });
}
