/** Where in a pack, e.g. `["rules", 3, "when", "of", 1]`. */
export type Path = (string | number)[];

/** Something wrong with a pack. An error fails the check; a warning is reported and lets it pass. */
export type Problem = { level: 'error' | 'warning'; path: Path; message: string };

export const error = (path: Path, message: string): Problem => ({ level: 'error', path, message });
export const warning = (path: Path, message: string): Problem => ({ level: 'warning', path, message });

/** A path as an editor would write it to find the spot: `rules[3].when.of[1].anyOf[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  const text = path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
  return text || '(the pack)';
}
