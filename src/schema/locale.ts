import * as z from 'zod/mini';
import { hasDosingPatterns } from '../text/dosing-guard';

/**
 * A BCP 47 language tag as partners and pages write it, in any case: a language of two or three
 * letters, then an optional script, region (two letters or three digits, "es-419") and variants or
 * extensions ("en", "es-MX", "ES-mx", "zh-Hant-TW", "de-CH-1996"). What a `locale` attribute may say;
 * the widget matches it to a locale the article has (embed/locale.ts).
 */
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-[a-zA-Z0-9]{1,8})*$/;

/** A language tag such as "en", "en-GB", "es-419" or "zh-Hant-TW" (see `LANGUAGE_TAG`). */
export const Locale = z
  .string()
  .check(z.regex(LANGUAGE_TAG, 'Expected a language tag such as "en", "es-MX" or "es-419"'));
export type Locale = z.infer<typeof Locale>;

/**
 * The locale a pack is written in: in the simple form packs declare ("en", or "en-GB" with the region
 * in capitals; a test-only pseudo-locale is "en-XA"), and one the dosing guard has patterns for, since
 * every string a reader sees is checked for dosing language in its own language.
 */
export const PackLocale = z.string().check(
  z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Expected a language code such as "en" or "en-GB"'),
  z.refine(hasDosingPatterns, {
    message: 'The dosing guard has no patterns for this language: add them to src/text/dosing-guard.ts first',
    params: { code: 'no_dosing_patterns' },
  }),
);
