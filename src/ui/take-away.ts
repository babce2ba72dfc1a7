import type { Assessment, Finding } from '../rules/assess';
import { readEntry } from '../rules/context';
import type { Answers, MedicationEntry } from '../schema/answers';
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
  medicines: string[];
  notRecognised: string[];
  questions: { text: string; reason: string }[];
  applies: string[];
};

/** The recognised medicine an entry names, shown as the reader wrote it with the generic name beside. */
function medicineLine(content: Content, entry: MedicationEntry): string | undefined {
  const { recognition, chosen } = readEntry(content.medications, entry);
  const medication = chosen ?? (recognition.status === 'recognised' ? recognition.medication : undefined);
  if (!medication) return undefined;
  const name =
    recognition.status === 'recognised' && recognition.shown ? recognition.shown : medication.generic;
  const shown = isolatedText(name, [name]);
  return name.toLowerCase() === medication.generic.toLowerCase() ? shown : `${shown} (${medication.generic})`;
}

/** Each question for the prescriber once, most important first, with the answers that raised it. */
function questionsOf(findings: Finding[], m: Messages): TakeAway['questions'] {
  const seen = new Map<string, string>();
  for (const { caveat, because } of findings) {
    if (caveat.ask && !seen.has(caveat.ask))
      seen.set(
        caveat.ask,
        because.map((b) => isolatedText(b.text, [b.medication?.matched])).join(m.listSeparator) ||
          caveat.title,
      );
  }
  return [...seen].map(([text, reason]) => ({ text, reason }));
}

export function takeAwayOf(
  content: Content,
  answers: Answers,
  assessment: Assessment,
  m: Messages,
  locale: string,
): TakeAway {
  const entries = content.pack.questions
    .filter((q) => q.kind === 'medications')
    .flatMap((q) => (answers[q.id] as MedicationEntry[] | undefined) ?? []);
  return {
    article: content.pack.article.title,
    address: window.top === window ? `${location.origin}${location.pathname}` : undefined,
    date: prepareDate(locale),
    medicines: entries.flatMap((entry) => medicineLine(content, entry) ?? []),
    notRecognised: assessment.unrecognisedMedications.map(
      ({ shown }) => isolatedText(shown, [shown]) || m.medications.unnamed,
    ),
    questions: questionsOf(assessment.findings, m),
    applies: assessment.findings.map((f) => f.caveat.title),
  };
}

/** The take-away as plain text for the clipboard. */
export function takeAwayText(t: TakeAway, m: Messages): string {
  const r = m.results;
  const list = (heading: string, items: string[]) =>
    items.length ? ['', heading, ...items.map((text) => fill(r.copyItem, { text }))] : [];
  return [
    r.summaryHeading,
    fill(r.takeAwayArticle, { title: t.article }),
    ...(t.address ? [t.address] : []),
    fill(r.takeAwayDate, { date: t.date }),
    ...list(r.takeAwayMedicines, t.medicines),
    ...list(r.unrecognisedHeading, t.notRecognised),
    '',
    ...(t.questions.length
      ? t.questions.flatMap(({ text, reason }, i) => [
          fill(r.copyQuestion, { number: i + 1, text }),
          `   ${fill(r.takeAwayReason, { reason })}`,
        ])
      : [r.noQuestions]),
    ...list(r.appliesHeading, t.applies),
    '',
    m.disclaimer,
  ].join('\n');
}
