import type { Medication, MedicationName } from '../../schema/medication';

/**
 * Medicines the widget recognises when a reader types what is on their pill bottle.
 * Validated against `MedicationList` in tests/content/medications.test.ts (kept out of the bundle's
 * load path). Where each name is used is in ./origins.ts, for reviewers: matching
 * needs no country, so the bundle carries none.
 */

/** Id of the "I take a blood thinner but I'm not sure which" answer. */
export const BLOOD_THINNER_UNSURE_ID = 'blood-thinner-unsure';

const generic = (name: string): MedicationName => ({ name, kind: 'generic' });
const brand = (name: string): MedicationName => ({ name, kind: 'brand' });

const VKA_DESCRIPTION = 'a blood thinner that works against vitamin K';
const VKA_CLASSES: Medication['classes'] = ['anticoagulant', 'vitamin-k-antagonist'];
const FACTOR_XA_DESCRIPTION = 'a blood thinner of the factor Xa inhibitor type';
const LMWH_DESCRIPTION = 'a blood thinner of the low-molecular-weight heparin type, given by injection';
const BILE_ACID_SEQUESTRANT_DESCRIPTION = 'a cholesterol medicine of the bile acid sequestrant type';

/** A medicine as listed below: its `generic` name is left out where it is the same as its id. */
type Listed = Omit<Medication, 'generic'> & Partial<Pick<Medication, 'generic'>>;

const listed: Listed[] = [
  // Vitamin K antagonists: vitamin K works directly against them, so they come first.
  {
    id: 'warfarin',
    description: VKA_DESCRIPTION,
    classes: VKA_CLASSES,
    names: [
      generic('warfarin'),
      brand('Coumadin'),
      brand('Jantoven'),
      brand('Marevan'),
      brand('Waran'),
      brand('Warfin'),
      brand('Coumadine'),
      brand('Warfilone'),
      brand('Uniwarfin'),
      brand('Orfarin'),
      brand('Lawarin'),
      brand('Aldocumar'),
      generic('warfarine'),
      generic('warfarina'),
      generic('varfarin'),
      generic('varfarina'),
      generic('Warfarin-natrium'),
      generic('варфарин'),
      generic('ワルファリン'),
      brand('ワーファリン'),
      generic('华法林'),
      generic('와파린'),
    ],
    misspellings: [
      'warfrin',
      'wafarin',
      'warferin',
      'warafin',
      'warfarrin',
      'worfarin',
      'coumiden',
      'cumadin',
      'coumidin',
      'comadin',
      'kumadin',
    ],
  },
  {
    id: 'acenocoumarol',
    description: VKA_DESCRIPTION,
    classes: VKA_CLASSES,
    names: [
      generic('acenocoumarol'),
      brand('Sintrom'),
      brand('Sinthrome'),
      brand('Mini-Sintrom'),
      brand('Acitrom'),
      generic('nicoumalone'),
      generic('acenocumarol'),
    ],
    misspellings: ['sintron', 'acenocoumarin', 'acenocumarin'],
  },
  {
    id: 'phenprocoumon',
    description: VKA_DESCRIPTION,
    classes: VKA_CLASSES,
    names: [
      generic('phenprocoumon'),
      brand('Marcumar'),
      brand('Marcoumar'),
      brand('Falithrom'),
      brand('Phenpro'),
    ],
    misspellings: ['markumar', 'phenprocumon'],
  },
  {
    id: 'fluindione',
    description: VKA_DESCRIPTION,
    classes: VKA_CLASSES,
    names: [generic('fluindione'), brand('Previscan')],
    misspellings: [],
  },

  // Other anticoagulants: not vitamin K antagonists, but still blood thinners.
  {
    id: 'apixaban',
    description: FACTOR_XA_DESCRIPTION,
    classes: ['anticoagulant'],
    names: [generic('apixaban'), brand('Eliquis')],
    misspellings: ['eloquis', 'eliqis', 'elliquis', 'elequis', 'apixiban', 'apixaben'],
  },
  {
    id: 'rivaroxaban',
    description: FACTOR_XA_DESCRIPTION,
    classes: ['anticoagulant'],
    names: [generic('rivaroxaban'), brand('Xarelto')],
    misspellings: ['xeralto', 'zarelto', 'xarelta', 'xerelto', 'zeralto', 'rivaroxiban', 'rivaroxoban'],
  },
  {
    id: 'dabigatran',
    description: 'a blood thinner of the direct thrombin inhibitor type',
    classes: ['anticoagulant'],
    names: [generic('dabigatran'), brand('Pradaxa'), brand('Pradax'), brand('Prazaxa')],
    misspellings: ['pradaxia', 'pradexa', 'dabigatron'],
  },
  {
    id: 'edoxaban',
    description: FACTOR_XA_DESCRIPTION,
    classes: ['anticoagulant'],
    names: [generic('edoxaban'), brand('Lixiana'), brand('Savaysa'), brand('Roteas')],
    misspellings: ['edoxiban'],
  },
  {
    id: 'heparin',
    description: 'a blood thinner given by injection',
    classes: ['anticoagulant'],
    names: [
      generic('heparin'),
      generic('héparine'),
      generic('heparina'),
      generic('eparina'),
      brand('Hep-Lock'),
    ],
    misspellings: ['heprin', 'hepirin', 'heparen'],
  },
  {
    id: 'enoxaparin',
    description: LMWH_DESCRIPTION,
    classes: ['anticoagulant'],
    names: [generic('enoxaparin'), brand('Lovenox'), brand('Clexane'), brand('Klexane'), brand('Inhixa')],
    misspellings: ['lovanox', 'lovenex', 'clexan', 'enoxiparin', 'enoxaprin'],
  },
  {
    id: 'dalteparin',
    description: LMWH_DESCRIPTION,
    classes: ['anticoagulant'],
    names: [generic('dalteparin'), brand('Fragmin')],
    misspellings: ['dalteprin'],
  },
  {
    id: 'tinzaparin',
    description: LMWH_DESCRIPTION,
    classes: ['anticoagulant'],
    names: [generic('tinzaparin'), brand('Innohep')],
    misspellings: ['inohep'],
  },
  {
    id: 'nadroparin',
    description: LMWH_DESCRIPTION,
    classes: ['anticoagulant'],
    names: [generic('nadroparin'), brand('Fraxiparine'), brand('Fraxiparin'), brand('Fraxodi')],
    misspellings: [],
  },
  {
    id: 'fondaparinux',
    description: 'a blood thinner given by injection',
    classes: ['anticoagulant'],
    names: [generic('fondaparinux'), brand('Arixtra')],
    misspellings: ['fondaparinox'],
  },
  {
    // The reader knows it is a blood thinner but not which one: treat it as one, to be safe.
    id: BLOOD_THINNER_UNSURE_ID,
    generic: 'a blood thinner',
    description: 'not sure which one',
    classes: ['anticoagulant'],
    unnamed: true,
    names: [generic('blood thinner'), generic('anticoagulant')],
    misspellings: [
      'blood thinners',
      'bloodthinner',
      'bloodthinners',
      'blood thinning',
      'anticoagulants',
      'anti-coagulant',
      'anti-coagulants',
    ],
  },

  // Fat-absorption reducers. Authority: NIH Office of Dietary Supplements, "Vitamin D — Fact Sheet
  // for Health Professionals" and "Vitamin K — Fact Sheet for Health Professionals", section
  // "Interactions with Medications": orlistat and the bile acid sequestrants reduce absorption of
  // these fat-soluble vitamins.
  {
    id: 'orlistat',
    description: 'a weight-loss medicine that stops some of the fat you eat being absorbed',
    classes: ['fat-absorption-reducer'],
    names: [generic('orlistat'), brand('Xenical'), brand('Alli')],
    misspellings: ['orlistate', 'xenecal'],
  },
  {
    id: 'cholestyramine',
    description: BILE_ACID_SEQUESTRANT_DESCRIPTION,
    classes: ['fat-absorption-reducer'],
    names: [
      generic('cholestyramine'),
      generic('colestyramine'),
      brand('Questran'),
      brand('Questran Light'),
      brand('Prevalite'),
      brand('Locholest'),
    ],
    misspellings: ['cholesteramine', 'cholestiramine', 'cholestyramin'],
  },
  {
    id: 'colestipol',
    description: BILE_ACID_SEQUESTRANT_DESCRIPTION,
    classes: ['fat-absorption-reducer'],
    names: [generic('colestipol'), brand('Colestid')],
    misspellings: ['colestipole'],
  },
  {
    id: 'colesevelam',
    description: BILE_ACID_SEQUESTRANT_DESCRIPTION,
    classes: ['fat-absorption-reducer'],
    names: [generic('colesevelam'), brand('Welchol'), brand('Cholestagel')],
    misspellings: ['colesevalam'],
  },

  // Look-alikes: real medicines whose names resemble an anticoagulant's. Listing them means a
  // reader who types "Lovaza" or "Plavix" is recognised, never told they take a blood thinner.
  {
    id: 'omega-3-acid-ethyl-esters',
    generic: 'omega-3-acid ethyl esters',
    description: 'a prescription fish-oil medicine for high triglycerides',
    classes: [],
    names: [generic('omega-3-acid ethyl esters'), brand('Lovaza'), brand('Omacor')],
    misspellings: [],
  },
  {
    id: 'latanoprost',
    description: 'eye drops for glaucoma',
    classes: [],
    names: [generic('latanoprost'), brand('Xalatan')],
    misspellings: [],
  },
  {
    id: 'tofacitinib',
    description: 'a medicine for rheumatoid arthritis and some bowel conditions',
    classes: [],
    names: [generic('tofacitinib'), brand('Xeljanz')],
    misspellings: [],
  },
  {
    id: 'desogestrel-ethinylestradiol',
    generic: 'desogestrel with ethinylestradiol',
    description: 'a combined contraceptive pill',
    classes: [],
    names: [generic('desogestrel with ethinylestradiol'), brand('Marvelon')],
    misspellings: [],
  },
  {
    id: 'carbidopa-levodopa',
    generic: 'carbidopa with levodopa',
    description: "a medicine for Parkinson's disease",
    classes: [],
    names: [generic('carbidopa with levodopa'), generic('co-careldopa'), brand('Sinemet')],
    misspellings: [],
  },
  {
    id: 'clopidogrel',
    // Antiplatelets act on platelets, not on clotting factors: not an anticoagulant.
    description: 'an antiplatelet medicine that stops platelets clumping; not an anticoagulant',
    classes: [],
    names: [generic('clopidogrel'), brand('Plavix'), brand('Iscover')],
    misspellings: [],
  },
  {
    id: 'aspirin',
    description: 'a pain reliever that is also used as an antiplatelet; not an anticoagulant',
    classes: [],
    names: [generic('aspirin'), generic('acetylsalicylic acid'), brand('Ecotrin'), brand('Disprin')],
    misspellings: [],
  },
  {
    id: 'leuprorelin',
    description: 'a hormone injection used for prostate cancer',
    classes: [],
    names: [generic('leuprorelin'), generic('leuprolide'), brand('Eligard'), brand('Lupron')],
    misspellings: [],
  },
  {
    id: 'lovastatin',
    description: 'a cholesterol medicine of the statin type',
    classes: [],
    names: [generic('lovastatin'), brand('Mevacor'), brand('Altoprev')],
    misspellings: [],
  },
  {
    id: 'repaglinide',
    description: 'a diabetes medicine',
    classes: [],
    names: [generic('repaglinide'), brand('Prandin'), brand('NovoNorm')],
    misspellings: [],
  },
  {
    id: 'desloratadine',
    description: 'an antihistamine for allergies',
    classes: [],
    names: [generic('desloratadine'), brand('Clarinex'), brand('Aerius')],
    misspellings: [],
  },
  {
    id: 'carvedilol',
    description: 'a heart and blood pressure medicine of the beta blocker type',
    classes: [],
    names: [generic('carvedilol'), brand('Coreg'), brand('Eucardic')],
    misspellings: [],
  },
  {
    id: 'metformin',
    description: 'a diabetes medicine',
    classes: [],
    names: [generic('metformin'), brand('Glucophage')],
    misspellings: [],
  },
  {
    id: 'levothyroxine',
    description: 'a thyroid hormone medicine',
    classes: [],
    names: [generic('levothyroxine'), brand('Synthroid'), brand('Eltroxin'), brand('Euthyrox')],
    misspellings: [],
  },
  {
    id: 'atorvastatin',
    description: 'a cholesterol medicine of the statin type',
    classes: [],
    names: [generic('atorvastatin'), brand('Lipitor')],
    misspellings: [],
  },
  {
    id: 'lisinopril',
    description: 'a blood pressure medicine of the ACE inhibitor type',
    classes: [],
    names: [generic('lisinopril'), brand('Zestril'), brand('Prinivil')],
    misspellings: [],
  },
  {
    id: 'amlodipine',
    description: 'a blood pressure medicine of the calcium channel blocker type',
    classes: [],
    names: [generic('amlodipine'), brand('Norvasc'), brand('Istin')],
    misspellings: [],
  },
  {
    id: 'omeprazole',
    description: 'a medicine that lowers stomach acid',
    classes: [],
    names: [generic('omeprazole'), brand('Prilosec'), brand('Losec')],
    misspellings: [],
  },
];

export const medications: readonly Medication[] = listed.map((m) => ({ generic: m.id, ...m }));
