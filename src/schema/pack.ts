import * as z from 'zod/mini';
import { Condition } from './condition';
import { DisplayTemplate, DisplayText } from './display-text';
import { Id } from './ids';
import { Invariant } from './invariant';
import { PackLocale } from './locale';
import { MedicationClassId } from './medication';
import { checkPackReferences } from './pack-references';
import { Question } from './question';

export { Question } from './question';
export { Option } from './question-base';

/** Questions that share their options (how often one eats each food), asked together under one label. */
export const QuestionGroup = z.strictObject({ id: Id, label: DisplayText });

export const Step = z.strictObject({
  id: Id,
  title: DisplayText,
  /**
   * Offer "See my results" beside Next: what matters most (the medicines) has been asked by this
   * step, and the later steps only add to it, so a reader who is done need not page through them.
   */
  skipToResults: z.optional(z.boolean()),
});
export type Step = z.infer<typeof Step>;

/**
 * The article's own evidence table: how strong the research is for one benefit area, in the table's
 * own words. The table gives no order between its words, so the widget shows the word, never a scale.
 */
export const Evidence = z.strictObject({
  area: DisplayText,
  strength: z.enum(['strong', 'moderate', 'emerging', 'limited']),
  note: DisplayText,
});
export type Evidence = z.infer<typeof Evidence>;

/** A date as YYYY-MM-DD, e.g. of a medical review. */
export const ReviewDate = z.iso.date('Expected a date as YYYY-MM-DD');

/**
 * A medical review as a record, never a bare date: awaited, or signed by a named person with their
 * credentials on a date. Only a signed record lets the widget say the text was reviewed.
 */
export const Review = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ status: z.literal('awaiting-review') }),
    z.strictObject({
      status: z.literal('signed'),
      /** The reviewer's name, as they sign it. */
      by: z.string().check(z.regex(/\S/, 'A signed review needs the name of the person who signed it')),
      /** What qualifies them, e.g. "MD, internal medicine" or "PharmD". */
      credentials: z.string().check(z.regex(/\S/, 'A signed review needs the reviewer’s credentials')),
      date: ReviewDate,
    }),
  ],
  'Expected { "status": "awaiting-review" } or { "status": "signed", "by", "credentials", "date" }',
);
export type Review = z.infer<typeof Review>;

/**
 * Most important first: an interaction outranks a notice of the widget's own (e.g. for younger
 * readers), which outranks a caution, which outranks background information.
 */
export const Severity = z.enum(['interaction', 'notice', 'caution', 'info']);
export type Severity = z.infer<typeof Severity>;

/**
 * That someone read a source, and where: the page itself, or a stored copy of it (`copy`, the copy's
 * address). A source nobody has read carries no reading: it is named, and marked for the reviewer.
 */
export const SourceReading = z.strictObject({
  date: ReviewDate,
  copy: z.optional(z.url()),
});
export type SourceReading = z.infer<typeof SourceReading>;

/** A source other than the article, e.g. a fact sheet, for a fact the article names without detail. */
export const ExternalSource = z.strictObject({
  /** How a card names it, in a few words: the authors and year, or the publisher and subject. */
  cite: DisplayText,
  publisher: DisplayText,
  title: DisplayText,
  /** The source's canonical address: what the card links to, whatever copy was read. */
  url: z.url({ protocol: /^https$/ }),
  /** When and where it was read; absent until someone has read it. */
  accessed: z.optional(SourceReading),
});
export type ExternalSource = z.infer<typeof ExternalSource>;

/**
 * Where a caveat's facts come from: the article's sections, and other sources where the text uses
 * them. Only a notice, the widget's own words about itself, has no article section.
 */
export const Sources = z.strictObject({
  /** Ids of the article sections (of `article.sections`); the first is the one the card links to. */
  article: z.array(Id),
  external: z.optional(z.array(ExternalSource)),
});
export type Sources = z.infer<typeof Sources>;

export const Caveat = z.strictObject({
  id: Id,
  title: DisplayText,
  body: DisplayText,
  severity: Severity,
  sources: Sources,
  evidence: z.optional(Evidence),
  /** A question for the reader to bring to their prescriber or pharmacist. */
  ask: z.optional(DisplayText),
  /** Shown to every reader; such a caveat has no rule. */
  always: z.optional(z.boolean()),
  /** This caveat's own review, when it differs from the pack's (e.g. re-signed after an edit). */
  review: z.optional(Review),
});
export type Caveat = z.infer<typeof Caveat>;

/**
 * A line that cards which could read against a warning carry whenever the warning applies too, e.g.
 * "You take a blood thinner: read the card about it first" on the cards about K2. The widget makes
 * it a link to the warning's card.
 */
export const Pointer = z.strictObject({
  /** Names the pointer, for an invariant that requires this very line (`pointedTo` with `pointer`). */
  id: z.optional(Id),
  /** Id of the caveat the line points to. */
  to: Id,
  line: DisplayText,
  /** Sources other than the article for what the line says, named beside it. */
  sources: z.optional(z.array(ExternalSource)),
  /** Ids of the caveats that carry the line when they and `to` are both shown. */
  on: z.array(Id).check(z.minLength(1)),
});
export type Pointer = z.infer<typeof Pointer>;

export const Rule = z.strictObject({ caveat: Id, when: Condition });
export type Rule = z.infer<typeof Rule>;

export const Section = z.strictObject({
  /** Anchor id on the article page. */
  id: Id,
  /** The heading as the article prints it. */
  heading: z.string().check(z.minLength(1)),
});
export type Section = z.infer<typeof Section>;

/**
 * "Why" line templates for a medication, by how it was recognised. `{typed}` is the name as matched
 * in the list or, for a near miss, the reader's entry normalised (label words such as strengths and
 * forms dropped; the suggestion instead if the line would read as dosing); `{generic}`, `{description}`
 * and, for near misses, `{suggestion}`.
 */
export const MedicationReasons = z.strictObject({
  generic: DisplayTemplate,
  brand: DisplayTemplate,
  misspelling: DisplayTemplate,
  nearMiss: DisplayTemplate,
  /** The reader picked it from a list or shortcut without a name we recognise: `{generic}` and `{description}` only. */
  chosen: DisplayTemplate,
  /** A name the list does not know but with a class's INN stem: `{typed}` (the word) and the stem's `{kind}`. */
  stem: DisplayTemplate,
  /** A name we could not confirm at all, for a rule that asks about such names: `{typed}`, without amounts. */
  unconfirmed: DisplayTemplate,
});

/**
 * The medication class this article must never miss, and the cards that answer for it: for a reader on
 * a medicine of the class (confirmed, a near miss, a stem, a pick or a shortcut) one of `cards` comes
 * first; for a reader who does not say, or lists a medicine we could not confirm, `ifTaken`, the card
 * worded as a condition, comes first. The content checker proves both over every answer.
 */
export const Critical = z.strictObject({
  /** A class the medication list declares `critical`. */
  class: MedicationClassId,
  /** The medications question that asks. */
  question: Id,
  cards: z.array(Id).check(z.minLength(1)),
  /** One of `cards`. */
  ifTaken: Id,
});
export type Critical = z.infer<typeof Critical>;

const PackShape = z.strictObject({
  id: Id,
  title: DisplayText,
  locale: PackLocale,
  /** The medical review of this pack in this locale. */
  review: Review,
  article: z.strictObject({
    title: z.string().check(z.minLength(1)),
    sections: z.array(Section).check(z.minLength(1)),
  }),
  steps: z.array(Step).check(z.minLength(1)),
  groups: z.optional(z.array(QuestionGroup)),
  questions: z.array(Question).check(z.minLength(1)),
  caveats: z.array(Caveat).check(z.minLength(1)),
  rules: z.array(Rule),
  medicationReasons: MedicationReasons,
  critical: z.optional(Critical),
  /**
   * The medicines' words in this pack's locale, by medication id, where they are not the medicine
   * list's own (a pack in another locale than the list's).
   */
  medicationText: z.optional(
    z.record(Id, z.strictObject({ generic: DisplayText, description: DisplayText })),
  ),
  pointers: z.optional(z.array(Pointer)),
  /** Safety promises `npm run check:content` proves over every combination of answers. */
  invariants: z.optional(z.array(Invariant)),
});

/** A content pack: one article's questions, caveats and the rules that join them. */
export const Pack = PackShape.check(z.superRefine(checkPackReferences));
export type Pack = z.infer<typeof Pack>;
