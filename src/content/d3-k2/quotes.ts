/**
 * For reviewers, not for the bundle: the article text each caveat paraphrases, verbatim ("…" marks a
 * cut), by caveat id (a notice, the widget's own words, has none). The reviewer's view prints it beside the caveat, and a test checks each word for
 * word against the article; nothing the widget ships imports this file.
 */
// The article's warning, which the three blood-thinner cards paraphrase: one text, so they cannot drift.
const BLOOD_THINNER_WARNING =
  'Vitamin K2 interacts with warfarin and other anticoagulant medications by influencing the same clotting-factor pathways. This is not a minor interaction — it can affect how well anticoagulation is controlled. Anyone taking blood thinners should discuss K2 supplementation with their prescriber before making any changes.';

export const quotes: Readonly<Record<string, string>> = {
  'anticoagulant-vka': `${BLOOD_THINNER_WARNING} … natto is unusually rich in MK-7`,
  anticoagulant: BLOOD_THINNER_WARNING,
  'anticoagulant-if-taken': BLOOD_THINNER_WARNING,
  'high-dose-d3':
    'Vitamin D toxicity from supplementation is possible at sustained high doses … D3 taken in very high amounts over time can lead to hypercalcemia (elevated blood calcium).',
  'high-level':
    'Someone with adequate levels may see little additional benefit — and at very high intakes, risks emerge … D3 taken in very high amounts over time can lead to hypercalcemia (elevated blood calcium).',
  'test-your-level':
    'Baseline nutrient status is probably the single largest factor. … what’s appropriate depends on baseline blood levels, which require testing to know.',
  'low-level':
    'Some trials show meaningful effects; others show minimal benefit, particularly in individuals who are not deficient in either nutrient at baseline. The strength of benefit appears to be greatest in those with actual deficiency or insufficiency.',
  'fat-digestion':
    'Gut health and fat digestion capacity also affect how well these nutrients are absorbed from supplements.',
  'older-adult': 'Older adults tend to synthesize less vitamin D3 from sunlight and absorb less dietary D3.',
  'calcium-supplements':
    'Many people take calcium supplements alongside D3; the K2 question becomes more pointed in that context, since supplemental calcium increases the pool of calcium in circulation that needs appropriate direction. … the evidence is promising but not yet conclusive',
  'pairing-evidence':
    'Vitamin D3 (cholecalciferol) is best known for enabling the body to absorb calcium from the digestive tract. … a well-established finding … Research — largely observational studies and smaller clinical trials — suggests that having sufficient K2 may reduce the risk of misplaced calcium deposition that theoretically increases when D3 intake is high without adequate K2. … the evidence is promising but not yet conclusive enough to support strong clinical recommendations in most mainstream nutrition guidelines.',
  'mixed-results':
    'Importantly, research on this combination is not uniform. Some trials show meaningful effects; others show minimal benefit, particularly in individuals who are not deficient in either nutrient at baseline.',
  'postmenopausal-bones':
    'K2’s role is less universally established, but several clinical trials — particularly from Japan … — have shown that MK-4 supplementation is associated with reduced fracture rates in postmenopausal women. … the evidence base is more limited than for D3, and effects appear to depend heavily on baseline K2 status, dietary patterns, and concurrent calcium and D3 intake. … Most of the Japanese clinical research used pharmacological doses of MK-4 that are substantially higher than what’s typically found in supplements sold elsewhere … These differences in form and dose make direct comparisons across studies difficult.',
  'adequate-level':
    'Someone with adequate levels may see little additional benefit — and at very high intakes, risks emerge … others show minimal benefit, particularly in individuals who are not deficient',
  'midlife-bones':
    'Bone metabolism is also more active as a clinical concern after midlife, particularly in postmenopausal women. K2’s role in osteocalcin activation is therefore more frequently studied in older populations. … osteocalcin, which helps bind calcium into bone tissue',
  'with-fat': 'Fat-soluble vitamins — D3 and K2 both qualify — absorb better when consumed with dietary fat.',
  'k2-form':
    'MK-7 has a longer half-life in the body than MK-4 … MK-4 is more rapidly metabolized. … These differences in form and dose make direct comparisons across studies difficult.',
  'natto-eater': 'someone eating natto regularly may not. … natto is unusually rich in MK-7',
  'low-k2-diet':
    'someone eating a Western diet with minimal fermented food may have functionally low K2 activity at the protein level … K2 is found in fermented foods (natto is unusually rich in MK-7), some hard cheeses, egg yolks, and certain animal products.',
  'sun-and-food':
    'D3 is synthesized through sun exposure and found in fatty fish, egg yolks, and fortified foods. How much diet can realistically contribute … depends on eating patterns, geography, skin tone, age, and other individual factors.',
  'evidence-bone-density':
    'The evidence for D3 supplementation improving BMD in deficient individuals is generally strong. … Strong (especially in deficient individuals) | Effect size depends heavily on baseline D3 status',
  'evidence-k2-fractures':
    'Fracture risk reduction (K2 MK-4) | Moderate (mostly Japanese trials) | Doses studied often higher than common supplements … MK-4 supplementation is associated with reduced fracture rates in postmenopausal women … the evidence base is more limited than for D3',
  'evidence-mk7-bone-density':
    'European research has examined MK-7, the longer-acting form found in fermented foods like natto, with some trials showing modest BMD improvements.',
  'evidence-heart':
    'observational evidence can’t establish causation. … Randomized controlled trials on K2 supplementation and arterial outcomes are smaller and fewer in number. Some have shown improvements in markers of arterial stiffness; others have shown limited effects. … a plausible mechanism and early-stage positive trials are not the same as proven cardiovascular benefit.',
  'evidence-immune':
    'Immune function (D3) | Moderate (active research area) | Most robust for deficiency correction … though some of those roles are still being characterized in the literature.',
  'evidence-combined':
    'D3 + K2 combined outcomes | Limited direct trial data | Most studies examine each nutrient separately',
  'amounts-for-your-provider':
    'what’s appropriate depends on baseline blood levels, which require testing to know. … they require context that only individual health data and a qualified provider can supply.',
  'antiplatelet-check':
    'Anyone taking blood thinners should discuss K2 supplementation with their prescriber before making any changes.',
};
