import * as z from 'zod/mini';
import { hasDosingPatterns } from '../text/dosing-guard';

/** A language tag such as "en" or "en-GB" (a test-only pseudo-locale is "en-XA"). */
export const Locale = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Expected a language code such as "en" or "en-GB"'));
export type Locale = z.infer<typeof Locale>;

/**
 * The locale a pack is written in: one the dosing guard has patterns for, since every string a reader
 * sees is checked for dosing language in its own language.
 */
export const PackLocale = Locale.check(
  z.refine(hasDosingPatterns, {
    message: 'The dosing guard has no patterns for this language: add them to src/text/dosing-guard.ts first',
    params: { code: 'no_dosing_patterns' },
  }),
);
