/** Text with Markdown's special characters escaped, so a label prints as written. */
export const text = (value: string) => value.replace(/([\\`*_[\]<>])/g, '\\$1');

/** Emphasised text, for words the reader sees: question labels, option labels, headings. */
export const em = (value: string) => `_${text(value)}_`;

/** An id as code. */
export const code = (value: string) => `\`${value}\``;

/** "a", "a or b", "a, b or c". */
export function either(items: readonly string[], word = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

/** Lines as one bullet, continuation lines indented under it. */
export const bullet = (lines: readonly string[]) => [`- ${lines[0]}`, ...lines.slice(1).map((l) => `  ${l}`)];
