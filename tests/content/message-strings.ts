/** Every string in a message catalog, with its path ("results.heading"; under `path` if given). */
export const messageStrings = (value: unknown, path = ''): [string, string][] =>
  typeof value === 'string'
    ? [[path, value]]
    : Object.entries(value as object).flatMap(([k, v]) => messageStrings(v, path ? `${path}.${k}` : k));
