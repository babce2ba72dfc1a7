// Imported first by the script partners load, so it runs before the bundled zod, which keeps its
// settings in a global (`__zod_globalConfig`). The entry removes that global again if it made it.
export const ZOD_GLOBAL = '__zod_globalConfig';
export const pageHadZodGlobal = ZOD_GLOBAL in globalThis;
