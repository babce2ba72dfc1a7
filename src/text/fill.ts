/**
 * Fills `{name}` placeholders in one pass: `fill('Step {current} of {total}', { current: 2, total: 7 })`.
 * A filled-in value is never read as a placeholder, and unknown ones stay as written. A hot path (every
 * "why" line, for every reader the content checker enumerates), hence indexOf rather than a regex.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  let text = '';
  let from = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
    const close = template.indexOf('}', open);
    const key = template.slice(open + 1, close);
    if (close < 0 || !Object.hasOwn(values, key)) continue; // not a placeholder: kept as written
    text += template.slice(from, open) + values[key];
    from = close + 1;
  }
  return text + template.slice(from);
}
