import { medications as defaultMedications } from '../content/medications';
import { type Answers, answersSchemaFor, type MedicationEntry } from '../schema/answers';
import { type Issue, toIssues } from '../schema/issues';
import type { Medication } from '../schema/medication';
import type { Caveat, Pack } from '../schema/pack';
import { type Because, type Context, test } from './conditions';
import { recogniseMedication } from './medications';

/** A caveat that applies to this reader, with the answers that made it apply. */
export type Finding = { caveat: Caveat; because: Because[] };

/** A caveat we could not decide, and the unanswered questions that would decide it. */
export type NotAssessed = { caveat: Caveat; missing: string[] };

export type Evaluation =
  | {
      ok: true;
      /** Most important first: severity, then article order. */
      findings: Finding[];
      notAssessed: NotAssessed[];
      /** Medication names we could not recognise, as typed: never dropped, shown to the reader. */
      unrecognisedMedications: string[];
    }
  | { ok: false; error: { code: 'invalid_answers'; issues: Issue[] } };

const SEVERITY_RANK = { interaction: 0, caution: 1, info: 2 } as const;

type Prepared = {
  schema: ReturnType<typeof answersSchemaFor>;
  byId: Map<string, Medication>;
  questions: Map<string, Pack['questions'][number]>;
  /** Caveats most important first: severity, then article section, then pack order. */
  order: Caveat[];
  rules: Map<string, Pack['rules'][number]['when']>;
};

function compareKeys(a: number[], b: number[]): number {
  const i = a.findIndex((v, j) => v !== b[j]);
  return i === -1 ? 0 : (a[i] ?? 0) - (b[i] ?? 0);
}
// Schemas and indexes depend only on the pack and list; build them once, not per evaluation.
const prepared = new WeakMap<Pack, WeakMap<readonly Medication[], Prepared>>();

function prepare(pack: Pack, list: readonly Medication[]): Prepared {
  let forPack = prepared.get(pack);
  if (!forPack) {
    forPack = new WeakMap();
    prepared.set(pack, forPack);
  }
  let ready = forPack.get(list);
  if (!ready) {
    const byId = new Map(list.map((m) => [m.id, m]));
    const section = new Map(pack.article.sections.map((s, i) => [s.id, i]));
    const position = new Map(pack.caveats.map((c, i) => [c.id, i]));
    const key = (c: Caveat) => [
      SEVERITY_RANK[c.severity],
      section.get(c.section) ?? 0,
      position.get(c.id) ?? 0,
    ];
    const order = [...pack.caveats].sort((a, b) => compareKeys(key(a), key(b)));
    ready = {
      schema: answersSchemaFor(pack, new Set(byId.keys())),
      byId,
      questions: new Map(pack.questions.map((q) => [q.id, q])),
      order,
      rules: new Map(pack.rules.map((r) => [r.caveat, r.when])),
    };
    forPack.set(list, ready);
  }
  return ready;
}

/**
 * What `test` reads a condition against, for answers already valid for `pack`. Exported so the content
 * checker decides every combination of answers with the engine's own reading of them.
 */
export function contextFor(
  pack: Pack,
  answers: Answers,
  list: readonly Medication[] = defaultMedications,
): Context {
  const { byId, questions } = prepare(pack, list);
  const seen = new Map<MedicationEntry, ReturnType<Context['recognise']>>();
  return {
    pack,
    questions,
    answers,
    recognise: (entry) => {
      let hit = seen.get(entry);
      if (!hit) {
        const chosen = entry.id ? byId.get(entry.id) : undefined;
        hit = { recognition: recogniseMedication(entry.typed, list), ...(chosen && { chosen }) };
        seen.set(entry, hit);
      }
      return hit;
    },
  };
}

/**
 * The order findings are listed in, whatever the answers: severity, then article section, then pack
 * order. Fixed per pack, so "X is shown first" depends only on the caveats ranked before X.
 */
export function caveatOrder(pack: Pack): readonly Caveat[] {
  return prepare(pack, defaultMedications).order;
}

/**
 * Which of the pack's caveats apply to a reader. Never throws on bad answers: they come back as
 * `{ ok: false }` with one issue per bad field. Deterministic: the same answers, the same result.
 */
export function evaluate(
  pack: Pack,
  input: unknown,
  list: readonly Medication[] = defaultMedications,
): Evaluation {
  const { schema, order, rules } = prepare(pack, list);
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid_answers',
        issues: toIssues(parsed.error.issues),
      },
    };
  }
  const answers: Answers = parsed.data as Answers;
  const ctx = contextFor(pack, answers, list);

  const findings: Finding[] = [];
  const notAssessed: NotAssessed[] = [];
  for (const caveat of order) {
    const when = rules.get(caveat.id);
    if (caveat.always) findings.push({ caveat, because: [] });
    if (!when) continue; // the pack schema guarantees every other caveat has a rule
    const truth = test(when, ctx);
    if (truth.value === true) findings.push({ caveat, because: truth.because });
    else if (truth.value === undefined) notAssessed.push({ caveat, missing: truth.missing });
  }

  const unrecognisedMedications = pack.questions
    .filter((q) => q.kind === 'medications')
    .flatMap((q) => (answers[q.id] as MedicationEntry[] | undefined) ?? [])
    .filter((entry) => !entry.id && ctx.recognise(entry).recognition.status === 'unrecognised')
    .map((entry) => entry.typed);

  return { ok: true, findings, notAssessed, unrecognisedMedications };
}
