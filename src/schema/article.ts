import * as z from 'zod/mini';
import { Id } from './ids';
import { Invariant } from './invariant';
import { Locale } from './locale';
import { MedicationClasses, MedicationList } from './medication';
import { Pack } from './pack';
import { Translation } from './pack-text';

/**
 * What the rules read answers against: one pack, the medicines its readers may name and the classes
 * those belong to. Handed in, never imported.
 */
export const Content = z.object({
  pack: Pack,
  medications: MedicationList,
  classes: MedicationClasses,
});
export type Content = z.infer<typeof Content>;

/**
 * One article the widget can serve, as the registry lists it: its pack in every locale it is written
 * in (`pack` is the default one's), the promises `npm run check:content` proves, and its medicines.
 */
export const Article = z.object({
  ...Content.shape,
  /** What a partner writes in `article="…"`; the pack's own id. */
  id: Id,
  /** The pack by locale; each has the same questions, caveats and rules, in that locale's words. */
  locales: z.record(Locale, Pack),
  /**
   * The words of each locale but the default one, which `locales` assembles over the default pack's
   * structure: kept for the content checker, which compares each with the default's text.
   */
  translations: z.optional(z.record(Locale, Translation)),
  invariants: z.array(Invariant),
});
export type Article = z.infer<typeof Article>;
