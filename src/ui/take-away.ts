import type { Assessment, Finding } from '../rules/assess';
import { medicationWords } from '../rules/medication-words';
import type { MedicationReading } from '../rules/types';
import type { Content } from '../schema/article';
import { fill } from '../text/fill';
import { prepareDate } from './dates';
import type { Messages } from './messages/messages';
import { isolatedText } from './reader-words';

/** What a reader takes to the prescriber: where it came from, their medicines, the questions and why. */
export type TakeAway = {
  article: string;
  /** The page the reader read it on, read locally (never sent); none inside an iframe. */
  address: string | undefined;
  date: string;
  /** As entered and recognised, "Coumadin (warfarin)"; without strengths or directions. */
  medications: string[];
  notRecognised: string[];
  questions: { text: string; reason: string }[];
  applies: string[];
};

/** The recognised medicine an entry names, shown as the reader wrote it with the generic name beside. */
function medicationLine(
  { recognition, chosen }: MedicationReading,
  pack: Content['pack'],
): string | undefined {
  const medication = chosen ?? (recognition.status === 'recognised' ? recognition.medication : undefined);
  if (!medication) return undefined;
  const { generic } = medicationWords(pack, medication);
  const name = recognition.status === 'recognised' && recognition.doseFree ? recognition.doseFree : generic;
  const isolated = isolatedText(name, [name]);
  return name.toLowerCase() === generic.toLowerCase() ? isolated : `${isolated} (${generic})`;
}

/** Each question for the prescriber once, most important first, with the answers that raised it. */
function questionsOf(findings: Finding[], t: Messages): TakeAway['questions'] {
  const seen = new Map<string, string>();
  for (const { caveat, because } of findings) {
    if (caveat.ask && !seen.has(caveat.ask))
      seen.set(
        caveat.ask,
        because.map((b) => isolatedText(b.text, [b.medication?.matched])).join(t.listSeparator) ||
          caveat.title,
      );
  }
  return [...seen].map(([text, reason]) => ({ text, reason }));
}

export function takeAwayOf(content: Content, assessment: Assessment, t: Messages, locale: string): TakeAway {
  return {
    article: content.pack.article.title,
    address: window.top === window ? `${location.origin}${location.pathname}` : undefined,
    date: prepareDate(locale),
    medications: assessment.readings.flatMap((reading) => medicationLine(reading, content.pack) ?? []),
    notRecognised: assessment.unrecognisedMedications.map(
      ({ doseFree }) => isolatedText(doseFree, [doseFree]) || t.medications.unnamed,
    ),
    questions: questionsOf(assessment.findings, t),
    applies: assessment.findings.map((f) => f.caveat.title),
  };
}

/** The take-away as plain text for the clipboard. */
export function takeAwayText(takeAway: TakeAway, t: Messages): string {
  const r = t.results;
  const list = (heading: string, items: string[]) =>
    items.length ? ['', heading, ...items.map((text) => fill(r.copyItem, { text }))] : [];
  return [
    r.summaryHeading,
    fill(r.takeAwayArticle, { title: takeAway.article }),
    ...(takeAway.address ? [takeAway.address] : []),
    fill(r.takeAwayDate, { date: takeAway.date }),
    ...list(r.takeAwayMedications, takeAway.medications),
    ...list(r.unrecognisedHeading, takeAway.notRecognised),
    '',
    ...(takeAway.questions.length
      ? takeAway.questions.flatMap(({ text, reason }, i) => [
          fill(r.copyQuestion, { number: i + 1, text }),
          `   ${fill(r.takeAwayReason, { reason })}`,
        ])
      : [r.noQuestions]),
    ...list(r.appliesHeading, takeAway.applies),
    '',
    t.disclaimer,
  ].join('\n');
}
