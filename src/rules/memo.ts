/**
 * Memoises `build` per key, by identity: indexes and schemas depend only on a pack or a medication
 * list, so they are built once, not per evaluation. Nest it for two keys: `memo((pack) => memo((list) => …))`.
 */
export function memo<K extends object, T>(build: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return (key) => {
    let built = cache.get(key);
    if (built === undefined) {
      built = build(key);
      cache.set(key, built);
    }
    return built;
  };
}
