import type { Medication } from '../schema/medication';
import type { Pack } from '../schema/pack';

/**
 * Memoises `build` per pack and medication list (each by identity): indexes and schemas depend only on
 * those two, so they are built once, not per evaluation.
 */
export function memoByPackAndList<T>(
  build: (pack: Pack, list: readonly Medication[]) => T,
): (pack: Pack, list: readonly Medication[]) => T {
  const cache = new WeakMap<Pack, WeakMap<readonly Medication[], T>>();
  return (pack, list) => {
    let forPack = cache.get(pack);
    if (!forPack) {
      forPack = new WeakMap();
      cache.set(pack, forPack);
    }
    let built = forPack.get(list);
    if (built === undefined) {
      built = build(pack, list);
      forPack.set(list, built);
    }
    return built;
  };
}
