import * as z from 'zod/mini';
import { d3k2 } from '../src/content/d3-k2';
import type { Pack } from '../src/schema/pack';
import { en } from '../src/ui/messages/en';

// zod probes `new Function` on its first object parse, which a strict CSP reports as a violation.
z.config({ jitless: true });

/** Articles this build can serve, by the id a partner writes in `article="…"`. */
export const packs: Record<string, Pack> = { 'd3-k2': d3k2 };
export const locales = { en };

const listed = (values: string[]) => values.map((v) => `"${v}"`).join(', ');
const oneOf = (values: string[]) =>
  z.enum(values as [string, ...string[]], `expected one of ${listed(values)}`);

// Section links become `href`s: only page anchors, relative paths and http(s) URLs, never `javascript:`.
const SectionHref = z.string().check(
  z.refine((v) => v.includes('{id}'), 'expected a link template containing {id}, e.g. "#{id}"'),
  z.refine(
    (v) => /^(#|\/|\.{1,2}\/|https?:\/\/)/i.test(v),
    'expected a link starting with "#", "/", "./" or "http(s)://"',
  ),
);

/** The widget's options, from element attributes or iframe query parameters (same names). */
export const WidgetOptions = z.strictObject({
  article: oneOf(Object.keys(packs)),
  locale: z._default(oneOf(Object.keys(locales)), 'en'),
  'section-href': z._default(SectionHref, '#{id}'),
  theme: z._default(oneOf(['auto', 'light', 'dark']), 'auto'),
});
export type WidgetOptions = z.infer<typeof WidgetOptions>;

/** The attribute names the element reacts to. */
export const optionNames = Object.keys(WidgetOptions.def.shape) as (keyof WidgetOptions)[];

export type OptionsResult =
  | { ok: true; options: WidgetOptions }
  | { ok: false; problems: { option: string; given: string | undefined; message: string }[] };

/** Reads options from raw strings (a missing attribute is `null` or `undefined`); never throws. */
export function parseOptions(raw: Record<string, string | null | undefined>): OptionsResult {
  const given = Object.fromEntries(
    optionNames.flatMap((name) => (raw[name] == null ? [] : [[name, raw[name]]])),
  );
  const parsed = WidgetOptions.safeParse(given);
  if (parsed.success) return { ok: true, options: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const option = String(issue.path[0] ?? '');
      const value = raw[option] ?? undefined;
      const message = value === undefined ? `is required: ${issue.message}` : issue.message;
      return { option, given: value, message };
    }),
  };
}

/** One line per problem, for the console and the message inside the widget's box. */
export function describeProblems(problems: Extract<OptionsResult, { ok: false }>['problems']): string[] {
  return problems.map(({ option, given, message }) =>
    given === undefined ? `"${option}" ${message}` : `"${option}" is "${given}": ${message}`,
  );
}
