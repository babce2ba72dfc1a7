import type { MedicationClasses } from '../../schema/medication';

/**
 * The classes the medication list's entries belong to. The critical ones come first, in the order they
 * rank when one entry names several medicines: vitamin K works directly against vitamin K antagonists,
 * so they come before other blood thinners. Each anticoagulant stem is the WHO INN stem book's, with
 * its guard: endings of normalised words ("e" and "a" allow French, Spanish and Italian forms such as
 * "énoxaparine", "dalteparina"), a least length, and the look-alikes the checker proves stay out.
 */
export const classes: MedicationClasses = [
  {
    id: 'vitamin-k-antagonist',
    name: 'a vitamin K antagonist',
    within: 'anticoagulant',
    critical: true,
    stems: [
      // The stem book's "-arol" (dicoumarol derivatives), only after "coumar"/"cumar": "Parol" and
      // "carol" end in "-arol" too.
      {
        stem: '-arol',
        kind: 'warfarin',
        ending: '(?:coumar|cumar|kumar)ol[aeo]?$',
        minLetters: 9,
        lookAlikes: ['parol', 'carol', 'coumarin'],
      },
      // Indandiones (phenindione, fluindione); "-nadione" (phytomenadione, vitamin K itself) is not one.
      {
        stem: '-indione',
        kind: 'warfarin',
        ending: 'indion[ae]?$',
        minLetters: 9,
        lookAlikes: ['phytomenadione', 'menadione'],
      },
    ],
  },
  {
    id: 'anticoagulant',
    name: 'an anticoagulant (blood thinner)',
    critical: true,
    stems: [
      // Synthetic heparinoids (fondaparinux): checked before "-parin", which it does not end in.
      { stem: '-parinux', kind: 'heparin', ending: 'parinux$', minLetters: 9, lookAlikes: ['heparinoid'] },
      // Heparin derivatives; 8 letters at least, so "heparin" itself is a name and "Sparine" is not a stem.
      {
        stem: '-parin',
        kind: 'heparin',
        ending: 'parin[ae]?$',
        minLetters: 8,
        lookAlikes: ['comparing', 'preparing', 'sparine', 'heparinoid', 'parinaud'],
      },
      // Factor Xa inhibitors; "ksaban" is the Polish and Nordic spelling.
      {
        stem: '-xaban',
        kind: 'apixaban',
        ending: '(?:xaban|ksaban)$',
        minLetters: 7,
        lookAlikes: ['xanax', 'ramatroban'],
      },
      { stem: '-gatran', kind: 'dabigatran', ending: 'gatran$', minLetters: 8, lookAlikes: ['ramatroban'] },
      { stem: '-irudin', kind: 'hirudin', ending: 'irudin[ae]?$', minLetters: 7, lookAlikes: ['hirudoid'] },
    ],
  },
  {
    id: 'antiplatelet',
    name: 'an antiplatelet (often called a blood thinner, but not an anticoagulant)',
  },
  {
    id: 'fat-absorption-reducer',
    name: 'a medicine that reduces how much fat the gut absorbs',
  },
];
