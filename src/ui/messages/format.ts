/** Fills `{name}` placeholders: format('Step {current} of {total}', { current: 2, total: 7 }). Unknown ones stay. */
export const format = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(vars[key] ?? whole));
