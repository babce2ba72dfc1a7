import type { WidgetOptions } from './options';
// A named import: only the properties ship, not the rest of the JSON Schema document.
import { properties as schemaProperties } from './options-schema.json';

type Property = { enum?: string[]; pattern?: string; default?: string; description?: string };
const properties = schemaProperties as Record<keyof WidgetOptions, Property>;

/** The attribute names the element reacts to. */
export const optionNames = Object.keys(properties) as (keyof WidgetOptions)[];

export type OptionProblem = { option: string; given: string | undefined; message: string };
export type OptionsResult = { ok: true; options: WidgetOptions } | { ok: false; problems: OptionProblem[] };

const expected = (property: Property) =>
  property.enum
    ? `expected one of ${property.enum.map((v) => `"${v}"`).join(', ')}`
    : `expected ${property.description}`;

const allows = (property: Property, value: string) =>
  property.enum ? property.enum.includes(value) : new RegExp(property.pattern ?? '').test(value);

/**
 * Reads options from raw strings (a missing attribute is `null` or `undefined`); never throws. Checks
 * them against the JSON Schema generated from the `WidgetOptions` zod schema, which ships no zod.
 */
export function readOptions(raw: Record<string, string | null | undefined>): OptionsResult {
  const options: Record<string, string> = {};
  const problems: OptionProblem[] = [];
  for (const option of optionNames) {
    const property = properties[option];
    const given = raw[option] ?? undefined;
    const value = given ?? property.default;
    if (value === undefined) problems.push({ option, given, message: `is required: ${expected(property)}` });
    else if (allows(property, value)) options[option] = value;
    else problems.push({ option, given, message: expected(property) });
  }
  return problems.length ? { ok: false, problems } : { ok: true, options: options as WidgetOptions };
}

/** One line per problem, for the console and the message inside the widget's box. */
export function describeProblems(problems: OptionProblem[]): string[] {
  return problems.map(({ option, given, message }) =>
    given === undefined ? `"${option}" ${message}` : `"${option}" is "${given}": ${message}`,
  );
}
