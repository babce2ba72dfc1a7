/**
 * Text a reader may see, in a pack or the medication list. Its own module so that both schemas can
 * use it without importing each other.
 */
import * as z from 'zod/mini';
import { findDosingLanguage } from '../text/dosing-guard';
import { fill } from '../text/fill';

/** Quotes each match, so an editor knows exactly which words to rephrase. */
const quoted = (text: string) => findDosingLanguage(text).map((match) => `"${match.text}"`);

const dosingIssue = (found: string[]) =>
  `Displayed text must not contain dosing language (amounts or take/raise/lower/stop): found ${found.join(', ')}`;

const DOSING = { code: 'dosing_language' } as const;

/** Any string a reader may see. It must never carry dosing language. */
export const DisplayText = z.string().check(
  z.minLength(1),
  z.superRefine((text, ctx) => {
    const found = quoted(text);
    if (found.length > 0)
      ctx.addIssue({ code: 'custom', input: text, message: dosingIssue(found), params: DOSING });
  }),
);

/** A number in every `{placeholder}`: "You take {answer} capsules" must fail as "You take 2 capsules" would. */
const withSampleNumbers = (template: string) =>
  fill(template, Object.fromEntries([...template.matchAll(/\{([^}]*)\}/g)].map(([, key]) => [key, '2'])));

/**
 * A "why" line template: display text that must stay dose-free once filled too, since a reader's
 * answer or a medication's name can complete an amount around it.
 */
export const DisplayTemplate = DisplayText.check(
  z.superRefine((template, ctx) => {
    if (quoted(template).length > 0) return; // already reported as written
    const found = quoted(withSampleNumbers(template));
    if (found.length === 0) return;
    const message = `${dosingIssue(found)} (with each {placeholder} filled in as 2)`;
    ctx.addIssue({ code: 'custom', input: template, message, params: DOSING });
  }),
);
