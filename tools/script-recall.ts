// `npx tsx tools/script-recall.ts tests/fixtures/medications/scripts.json`: how the recogniser reads
// sourced names in other scripts, per script: each anticoagulant form read as its medicine (recognised),
// only asked about (near miss, stem), read as another medicine, or not read; and each common medicine,
// antiplatelet, vitamin K or reversal agent wrongly confirmed as an anticoagulant. For the figures
// before and after a change to recognition; the tests hold the promises.
import { readFileSync } from 'node:fs';
import { d3k2 } from '../src/content/d3-k2';
import { recogniseMedication } from '../src/rules/medications';

type Form = { medication: string; script: string; lang: string; form: string };
type Negative = { name: string; script: string; form: string };
type Sourced = {
  forms: Form[];
  negatives: Negative[];
  unverified?: { forms: Form[]; negatives: Negative[] };
};

const file = process.argv[2];
if (!file) throw new Error('usage: tsx tools/script-recall.ts <scripts.json>');
const sourced = JSON.parse(readFileSync(file, 'utf8')) as Sourced;

function report(title: string, forms: Form[], negatives: Negative[]) {
  console.log(`\n${title}\n`);
  type Row = {
    forms: number;
    recognised: number;
    asked: number;
    wrong: number;
    missed: number;
    negatives: number;
    confirmed: number;
  };
  const rows = new Map<string, Row>();
  const row = (script: string) => {
    const found = rows.get(script) ?? {
      forms: 0,
      recognised: 0,
      asked: 0,
      wrong: 0,
      missed: 0,
      negatives: 0,
      confirmed: 0,
    };
    rows.set(script, found);
    return found;
  };
  const misses: string[] = [];
  for (const { medication, script, form } of forms) {
    const r = row(script);
    r.forms++;
    const rec = recogniseMedication(form, d3k2);
    if (rec.status === 'recognised' && rec.medication.id === medication) r.recognised++;
    else if (rec.status === 'near-miss' || rec.status === 'stem') r.asked++;
    else if (rec.status === 'recognised') r.wrong++;
    else r.missed++;
    if (!(rec.status === 'recognised' && rec.medication.id === medication))
      misses.push(
        `${script}\t${form}\t${medication}\t${rec.status}${'medication' in rec ? ` ${rec.medication.id}` : ''}`,
      );
  }
  for (const { script, form } of negatives) {
    const r = row(script);
    r.negatives++;
    const rec = recogniseMedication(form, d3k2);
    const all = rec.status === 'recognised' ? [rec.medication, ...rec.others.map((o) => o.medication)] : [];
    if (all.some((m) => m.classes.includes('anticoagulant'))) {
      r.confirmed++;
      misses.push(`${script}\tNEGATIVE ${form}\tconfirmed as ${all.map((m) => m.id).join(', ')}`);
    }
  }
  const total = [...rows.values()].reduce((a, r) => ({
    forms: a.forms + r.forms,
    recognised: a.recognised + r.recognised,
    asked: a.asked + r.asked,
    wrong: a.wrong + r.wrong,
    missed: a.missed + r.missed,
    negatives: a.negatives + r.negatives,
    confirmed: a.confirmed + r.confirmed,
  }));
  console.log(
    '| script | forms | recognised | near miss or stem | another medicine | not read | negatives | confirmed as a blood thinner |',
  );
  console.log('| --- | --: | --: | --: | --: | --: | --: | --: |');
  for (const [script, r] of [...rows, ['all', total] as const])
    console.log(
      `| ${script} | ${r.forms} | ${r.recognised} | ${r.asked} | ${r.wrong} | ${r.missed} | ${r.negatives} | ${r.confirmed} |`,
    );
  if (process.argv.includes('--misses')) console.log(`\n${misses.join('\n')}\n`);
}

report('Sourced forms', sourced.forms, sourced.negatives);
if (sourced.unverified)
  report(
    'Unverified spellings (no page printed them)',
    sourced.unverified.forms,
    sourced.unverified.negatives,
  );
