// The words a test finds the widget by, or expects to read, looked up by id in the D3 + K2 pack and the
// catalog of a locale (English unless a test asks for another with `textIn`): rewording the content or
// a message then leaves the tests that drive the widget alone. A lookup that finds nothing throws,
// naming the id, rather than handing back undefined. No Testing Library and no DOM here, so the browser
// tests, which run in Node, use it too.
import { d3k2 } from '../../src/content/d3-k2';
import type { Pack } from '../../src/schema/pack';
import { fill } from '../../src/text/fill';
import { catalogs, messagesFor } from '../../src/ui/messages/catalogs';
import { en } from '../../src/ui/messages/en';
import type { Messages } from '../../src/ui/messages/messages';

export { fill };

/**
 * The widget's words in `locale` (one of the D3 + K2 article's: "en", "es"): its pack and its catalog
 * as the widget shows them (a catalog's missing strings from its fallback), with the lookups below.
 */
export function textIn(locale: string) {
  const pack: Pack | undefined = d3k2.locales[locale];
  const messages = messagesFor(locale, catalogs);
  if (!pack || !messages)
    throw new Error(`The ${d3k2.id} article or the catalogs have no locale "${locale}"`);

  function byId<T extends { id: string }>(list: readonly T[] | undefined, id: string, what: string): T {
    const found = list?.find((item) => item.id === id);
    if (!found) throw new Error(`No ${what} "${id}" in the ${pack?.id} pack (${locale})`);
    return found;
  }
  const question = (id: string) => byId(pack.questions, id, 'question');
  const caveat = (id: string) => byId(pack.caveats, id, 'caveat');

  return {
    locale,
    /** The pack in this locale. */
    pack,
    /** The catalog: the widget's own words, as `fill` completes its templates. */
    t: messages as Messages,

    /** The heading of a step, e.g. `stepTitle('medicines')`. */
    stepTitle: (step: string) => byId(pack.steps, step, 'step').title,

    /** A question's label: its legend, or the name of its text box. */
    questionLabel: (id: string) => question(id).label,

    /** The label of one of a question's options, e.g. `optionLabel('supplements', 'k2')`. */
    optionLabel(questionId: string, option: string): string {
      const asked = question(questionId);
      const options = 'options' in asked ? asked.options : undefined;
      return byId(options, option, `option of question "${questionId}" called`).label;
    },

    /** The legend of a question asked as one row of a group: the food, where the group asks how often. */
    rowLegend(id: string): string {
      const asked = question(id);
      if (!('row' in asked) || !asked.row) throw new Error(`Question "${id}" is not a row of a group`);
      return asked.row.legend;
    },

    /** The label of a group of questions asked together. */
    groupLabel: (id: string) => byId(pack.groups, id, 'group').label,

    /** The label of the medicines question's one-tap choice for `medication`, e.g. "blood-thinner-unsure". */
    shortcutLabel(questionId: string, medication: string): string {
      const asked = question(questionId);
      const shortcut =
        'shortcuts' in asked ? asked.shortcuts.find((s) => s.medication === medication) : undefined;
      if (!shortcut) throw new Error(`No shortcut to "${medication}" on question "${questionId}"`);
      return shortcut.label;
    },

    /** A question's "why" line template ("You are {answer} years old"), for `fill`. */
    reasonOf(id: string): string {
      const asked = question(id);
      if (!('reason' in asked)) throw new Error(`Question "${id}" has no reason template`);
      return asked.reason;
    },

    /** The "why" line when a rule holds because the question went unanswered. */
    unansweredReason(id: string): string {
      const { unansweredReason: reason } = question(id);
      if (!reason) throw new Error(`Question "${id}" has no unanswered reason`);
      return reason;
    },

    /** The note a question shows while its `when` holds (the note for readers under 18, at the age). */
    noticeText(id: string): string {
      const { notice } = question(id);
      if (!notice) throw new Error(`Question "${id}" has no notice`);
      return notice.text;
    },

    /** A caveat card's title. */
    caveatTitle: (id: string) => caveat(id).title,

    /** A caveat's question for the doctor or pharmacist. */
    caveatAsk(id: string): string {
      const { ask } = caveat(id);
      if (!ask) throw new Error(`Caveat "${id}" has no question to ask`);
      return ask;
    },

    /** The article's evidence rating a caveat card shows. */
    caveatEvidence(id: string) {
      const { evidence } = caveat(id);
      if (!evidence) throw new Error(`Caveat "${id}" has no evidence rating`);
      return evidence;
    },

    /**
     * `phrase`, once it is certain the caveat's body says it: a test about what one card says and another
     * must not then fails on rewording, rather than passing because neither says it any more.
     */
    caveatPhrase(id: string, phrase: string): string {
      if (!caveat(id).body.includes(phrase)) throw new Error(`Caveat "${id}" no longer says "${phrase}"`);
      return phrase;
    },

    /** The line of the pointer named `id`, which a card carries to point to a warning. */
    pointerLine(id: string): string {
      const pointer = (pack.pointers ?? []).find((p) => p.id === id);
      if (!pointer) throw new Error(`No pointer "${id}"`);
      return pointer.line;
    },

    /** The heading of an article section, as the article prints it. */
    sectionHeading: (id: string) => byId(pack.article.sections, id, 'article section').heading,

    /** The article's title, as the take-away names it. */
    articleTitle: pack.article.title,

    /**
     * A medicine's "why" line of the given kind, filled with what the medicine list says of `medication`
     * (in this locale's words) and, for the kinds that quote it, what the reader `typed`.
     */
    medicationReason(kind: keyof Pack['medicationReasons'], medication: string, typed?: string): string {
      const listed = byId(d3k2.medications, medication, 'medicine');
      const { generic, description } = pack.medicationText?.[medication] ?? listed;
      const values = { generic, description };
      return fill(pack.medicationReasons[kind], typed === undefined ? values : { ...values, typed });
    },

    /** The progress line the widget shows on step `step`, out of the pack's steps. */
    progressLine: (step: number) => fill(messages.progress, { current: step, total: pack.steps.length }),
  };
}

const english = textIn('en');

/** The English catalog: the widget's own words, as `fill` completes its templates. */
export const t = en;

// The English lookups, which most tests use (see `textIn` for what each does).
export const {
  stepTitle,
  questionLabel,
  optionLabel,
  rowLegend,
  groupLabel,
  shortcutLabel,
  reasonOf,
  unansweredReason,
  noticeText,
  caveatTitle,
  caveatAsk,
  caveatEvidence,
  caveatPhrase,
  pointerLine,
  sectionHeading,
  articleTitle,
  medicationReason,
  progressLine,
} = english;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A template as a pattern: each value filled in (a RegExp stands for what it matches). `at` says where
 * it must match: the `whole` text, where a placeholder left without a value stands for any text; or its
 * `start`, or `anywhere` in it, where the pattern ends at the first such placeholder, so that a test
 * that nothing of the kind shows is as broad as the words it can be sure of.
 */
export function templatePattern(
  template: string,
  values: Readonly<Record<string, string | number | RegExp>> = {},
  { at = 'whole', flags = '' }: { at?: 'whole' | 'start' | 'anywhere'; flags?: string } = {},
): RegExp {
  let source = '';
  let from = 0;
  for (const match of template.matchAll(/\{([^{}]*)\}/g)) {
    const value = values[match[1] as string];
    source += escapeRegExp(template.slice(from, match.index));
    from = match.index + match[0].length;
    if (value === undefined && at !== 'whole') {
      from = template.length;
      break;
    }
    source +=
      value === undefined
        ? '.+?'
        : value instanceof RegExp
          ? `(?:${value.source})`
          : escapeRegExp(`${value}`);
  }
  source += escapeRegExp(template.slice(from));
  if (!source) throw new Error(`"${template}" opens with a placeholder: nothing to match`);
  return new RegExp(at === 'whole' ? `^${source}$` : at === 'start' ? `^${source}` : source, flags);
}

/** Exactly one of `texts`, e.g. Next or "See my results". */
export const anyOf = (...texts: string[]) => new RegExp(`^(?:${texts.map(escapeRegExp).join('|')})$`);
