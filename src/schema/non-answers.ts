/**
 * Options every question may offer; the engine reads them as "not told", never as a yes or a no.
 * A plain tuple, not a zod enum, so the rules in the widget can read it without pulling in zod.
 */
export const NON_ANSWERS = ['dont_know', 'prefer_not'] as const;
