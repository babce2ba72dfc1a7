/**
 * The widget options' JSON Schema properties, generated at build time by tools/options-schema-plugin.ts.
 * A value is allowed if it is one of `enum` or matches `pattern`; `locale` has both (embed/options.ts).
 */
declare module 'virtual:options-schema' {
  export const properties: Record<
    string,
    { enum?: string[]; pattern?: string; default?: string; description?: string }
  >;
}
