/**
 * The shape of a message catalog: every string the widget shows. `{name}` placeholders are filled by
 * `fill` (src/text/fill.ts); counted phrases have one form per plural category of the locale
 * (`Intl.PluralRules`), `other` always.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type Messages = {
  /** Writing direction of the locale's script. */
  dir: 'ltr' | 'rtl';
  listSeparator: string;
  progress: string;
  back: string;
  next: string;
  seeResults: string;
  /** Next, on a step opened from the results to change an answer. */
  backToResults: string;
  numberInvalid: string;
  /** Above the questions: what the reader gets, that every question is optional, how long it takes, and the privacy promise. */
  intro: string;
  /** Above the results: the privacy promise. */
  privacy: string;
  medications: {
    add: string;
    suggestions: string;
    remove: string;
    didYouMean: string;
    unrecognised: string;
    none: string;
    unnamed: string;
    tooLong: string;
  };
  results: {
    heading: string;
    status: Plural;
    severity: Record<'interaction' | 'notice' | 'caution' | 'info', string>;
    why: string;
    always: string;
    evidence: string;
    evidenceNote: string;
    strength: Record<'strong' | 'moderate' | 'emerging' | 'limited', string>;
    fromArticle: string;
    /** Where a notice, the widget's own words, would name the article's section. */
    fromWidget: string;
    /** Before the sources other than the article that the caveat also uses, each a link. */
    alsoBasedOn: string;
    /** Before the sources of a line on a card (a pointer's own advice), each a link. */
    source: string;
    /** Under the results, for a pack in this locale that a named person signed; nothing while unsigned. */
    reviewedBy: string;
    /** The disclosure of a card's why-lines, evidence and section link. */
    more: string;
    topHeading: string;
    /** Under "What matters most": the caveats shown to every reader, by title. */
    forEveryReader: string;
    toTakeAway: string;
    backgroundGroup: string;
    notAssessedHeading: string;
    notAssessedIntro: string;
    decidedBy: string;
    goTo: string;
    unrecognisedHeading: string;
    unrecognised: string;
    summaryHeading: string;
    noQuestions: string;
    appliesHeading: string;
    /** The take-away's lines, on paper and in the copy. */
    takeAwayArticle: string;
    takeAwayDate: string;
    takeAwayMedications: string;
    takeAwayReason: string;
    /** Lines of the copied plain-text summary. */
    copyQuestion: string;
    copyItem: string;
    copy: string;
    copied: string;
    copyFailed: string;
    print: string;
    yourAnswers: string;
    noAnswers: string;
    edit: string;
    /** The Edit button's name for screen readers: `{question}`, the question's label. */
    editQuestion: string;
    startOver: string;
    startOverConfirm: string;
    startOverYes: string;
    cancel: string;
    backToCard: string;
  };
  disclaimer: string;
  error: string;
  optionsError: string;
};

/** A catalog that leaves some strings to its fallback locale's. */
export type PartialMessages = {
  [K in keyof Messages]?: Messages[K] extends string ? Messages[K] : Partial<Messages[K]>;
};

/** One locale's catalog: every string, or some and the locale that supplies the rest. */
export type Catalog =
  | { messages: Messages; fallback?: undefined }
  | { messages: PartialMessages; fallback: string };

/** The form of `forms` for `count` in `locale`, e.g. "3 caveats apply to you" (`{count}` is left to fill). */
export function pluralForm(locale: string, forms: Plural, count: number): string {
  return forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
}
