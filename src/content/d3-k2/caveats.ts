import type { ExternalSource, Pack } from '../../schema/pack';

// Every title and body is our own wording. Facts come from the article sections in `sources.article`
// (the first is the one the card links to) or from the sources in `sources.external`, which the card
// names too; a fact with neither is left out. `quote` is the article text each caveat paraphrases,
// verbatim ("…" marks a cut), for the reviewer's view only.

// The NIH ODS fact sheets could not be opened from where this was written: they carry no reading, so
// the cards name them and the sign-off sheet lists them for the reviewer to check. A source carries
// `accessed` only once someone has read it, saying where (the page, or a stored copy at `copy`).

const ODS_VITAMIN_D: ExternalSource = {
  cite: 'NIH fact sheet on vitamin D',
  publisher: 'NIH Office of Dietary Supplements',
  title: 'Vitamin D: Fact Sheet for Health Professionals',
  url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
};

const ODS_VITAMIN_K: ExternalSource = {
  cite: 'NIH fact sheet on vitamin K',
  publisher: 'NIH Office of Dietary Supplements',
  title: 'Vitamin K: Fact Sheet for Health Professionals',
  url: 'https://ods.od.nih.gov/factsheets/vitaminK-HealthProfessional/',
};

/** The date this pack's sources were read, in stored copies of their pages (abstracts). */
const READ = '2026-12-07';

/** The latitude direction (weaker winter sun far from the equator); the article says only "geography". */
const ENGELSEN_2010: ExternalSource = {
  cite: 'Engelsen 2010',
  publisher: 'Nutrients (2010)',
  title: 'Engelsen, The Relationship between Ultraviolet Radiation Exposure and Vitamin D Status',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3257661/',
  accessed: { date: READ, copy: 'http://ws.studylibtr.com/doc/5907322/uvb' },
};

/**
 * K2 (MK-7) supplements, even in small amounts, weaken a vitamin K antagonist (acenocoumarol) in some
 * people: the warfarin-type mechanism. The article says only "warfarin and other anticoagulant medications".
 */
const THEUWISSEN_2013: ExternalSource = {
  cite: 'Theuwissen 2013',
  publisher: 'Journal of Thrombosis and Haemostasis (2013)',
  title:
    'Theuwissen and others, Effect of low-dose supplements of menaquinone-7 (vitamin K2) on the stability of oral anticoagulant treatment',
  url: 'https://doi.org/10.1111/jth.12203',
  accessed: { date: READ, copy: 'http://onlinelibrary.wiley.com/doi/10.1111/jth.12203/abstract' },
};

/** The newer blood thinners are "non-vitamin K antagonist" anticoagulants, with fewer food interactions. */
const SARAF_2014: ExternalSource = {
  cite: 'Saraf 2014',
  publisher: 'Postgraduate Medical Journal (2014)',
  title:
    'Saraf and others, Non-vitamin K antagonist oral anticoagulants (NOACs): clinical evidence and therapeutic considerations',
  url: 'https://pmj.bmj.com/content/90/1067/520',
  accessed: { date: READ, copy: 'http://pmj.bmj.com/content/90/1067/520' },
};

/** Vitamin K from food and supplements changes how warfarin works: a factor a patient can control. */
export const LURIE_2010: ExternalSource = {
  cite: 'Lurie 2010',
  publisher: 'British Journal of Clinical Pharmacology (2010)',
  title: 'Lurie and others, Warfarin and vitamin K intake in the era of pharmacogenetics',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2911546/',
  accessed: { date: READ, copy: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2911546' },
};

/** A steady vitamin K intake makes warfarin's effect steadier. */
export const KHAN_2004: ExternalSource = {
  cite: 'Khan 2004',
  publisher: 'British Journal of Haematology (2004)',
  title:
    'Khan and others, Dietary vitamin K influences intra-individual variability in anticoagulant response to warfarin',
  url: 'https://doi.org/10.1046/j.1365-2141.2003.04787.x',
  accessed: { date: READ, copy: 'https://eprints.ncl.ac.uk/69124' },
};

export const caveats: Pack['caveats'] = [
  // ── Interactions ────────────────────────────────────────────────────────────────────────────
  {
    // A reader on warfarin or another vitamin K antagonist: vitamin K works directly against these.
    id: 'anticoagulant-vka',
    severity: 'interaction',
    title: 'Blood thinners like warfarin and K2: ask your prescriber first',
    body: 'Vitamin K2 works on the same part of blood clotting as blood thinners like warfarin. This is not a small matter: it can change how well your blood thinner works. Ask your prescriber before you start, stop or change K2, and keep the vitamin K in your food steady.',
    ask: 'I take a blood thinner like warfarin. Is K2 safe with it, and should my vitamin K stay the same?',
    sources: {
      article: ['what-shapes-benefit', 'subtopics'],
      external: [THEUWISSEN_2013, KHAN_2004],
    },
  },
  {
    // A reader on another blood thinner (apixaban, a heparin…): the article's instruction, without the
    // mechanism, which is not established for their medicine.
    id: 'anticoagulant',
    severity: 'interaction',
    title: 'Blood thinners and K2: ask your prescriber first',
    body: 'The article says that anyone who takes a blood thinner should talk to their prescriber before they start, stop or change K2. Vitamin K works most directly against blood thinners like warfarin. The one you named is a different type. Your prescriber can tell you whether K2 matters for yours.',
    ask: 'I take a blood thinner. Does vitamin K2 matter for mine, and is it safe with it?',
    sources: { article: ['what-shapes-benefit'], external: [SARAF_2014] },
  },
  {
    // For a reader who did not say which medicines they use, chose "not sure which", or listed a name we
    // could not confirm: the warning as a condition. Never shown with the cards above (the invariants
    // prove it); the "why" lines say which of these is the reader's case.
    id: 'anticoagulant-if-taken',
    severity: 'interaction',
    title: 'If you take a blood thinner, ask your prescriber before you start, stop or change K2',
    body: 'The article says that anyone who takes a blood thinner should talk to their prescriber before they start, stop or change K2. If yours is one like warfarin, vitamin K2 works on the same part of blood clotting. This is not a small matter: it can change how well your blood thinner works.',
    ask: 'Could vitamin K2 affect any medicine I use, such as a blood thinner?',
    sources: { article: ['what-shapes-benefit'], external: [SARAF_2014, THEUWISSEN_2013] },
  },
  {
    // The widget's own note, not the article's: the research and caveats it draws on are about adults.
    id: 'for-adults',
    severity: 'notice',
    title: 'These results are written for adults',
    body: 'The research in this article, and these results, are about adults. For a child or teenager, ask a doctor or pharmacist what applies.',
    sources: { article: [] },
  },

  // ── Cautions ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'high-dose-d3',
    severity: 'caution',
    title: 'High-strength D3: ask whether your calcium should be checked',
    body: 'The article warns about vitamin D3 in very high amounts over a long time: it can push the calcium in your blood too high. Doctors call this hypercalcemia. If a doctor prescribed your D3, do not change how you take it on your own. Your doctor or pharmacist can tell you whether a blood test of your calcium and vitamin D would be useful.',
    ask: 'Should my calcium and vitamin D be checked while I use a high-strength or prescribed D3?',
    sources: { article: ['what-shapes-benefit'] },
  },
  {
    id: 'high-level',
    severity: 'caution',
    title: 'Your test showed high vitamin D: ask what it means for you',
    body: 'Your last test showed a high vitamin D level. Vitamin D3 in very high amounts over a long time can push the calcium in your blood too high, which doctors call hypercalcemia. Ask your doctor what your result means for you.',
    ask: 'My vitamin D test was high. What does that mean for me, and should my calcium be checked?',
    sources: { article: ['what-shapes-benefit'] },
  },
  {
    id: 'test-your-level',
    severity: 'caution',
    title: 'A blood test shows where you start',
    body: 'Your starting vitamin D level is probably the biggest single thing that decides how much you might gain from supplements. People who are low are likely to see measurable changes, such as in how much calcium they absorb. People who already have enough may gain little. Only a blood test can show which group you are in.',
    ask: 'Would a vitamin D blood test be useful for me?',
    sources: { article: ['what-shapes-benefit', 'subtopics'] },
  },
  {
    id: 'low-level',
    severity: 'caution',
    title: 'The benefit seems largest when levels are low',
    body: 'Trial results are mixed: some find a real effect, and others find very little. The benefit seems greatest in people who are actually low in vitamin D (deficient or insufficient), which is what your test suggested. Ask your doctor what your result means for you.',
    ask: 'My vitamin D test was low. What do you recommend, and when should it be rechecked?',
    sources: { article: ['bone-health'] },
  },
  {
    id: 'fat-digestion',
    severity: 'caution',
    title: 'How your gut handles fat affects absorption',
    body: 'D3 and K2 dissolve in fat, so how well your gut handles fat affects how much of them you absorb. Some conditions, such as Crohn’s disease or celiac disease, and some medicines, such as orlistat, make fat harder to absorb. They can lower how much of these vitamins you get from food and supplements.',
    ask: 'Could my gut, or a medicine I use, change how well I absorb vitamins D and K?',
    sources: { article: ['what-shapes-benefit'], external: [ODS_VITAMIN_D, ODS_VITAMIN_K] },
  },
  {
    id: 'older-adult',
    severity: 'caution',
    title: 'Later in life the body tends to make and absorb less D3',
    body: 'As people get older, their skin tends to make less D3 in sunlight. Their body also tends to absorb less D3 from food.',
    ask: 'At my age, is my vitamin D level worth checking?',
    sources: { article: ['what-shapes-benefit'] },
  },
  {
    id: 'calcium-supplements',
    severity: 'caution',
    title: 'If you take calcium, the K2 question matters more',
    body: 'Many people take calcium supplements along with D3. Calcium from supplements adds to the calcium in your blood, and that calcium needs to go to the right places. K2 switches on proteins that help send it there, so the question of K2 matters more for people who take calcium. The research on D3 and K2 together is promising but not yet conclusive.',
    ask: 'I take calcium with other supplements. Does that make sense for me?',
    sources: { article: ['subtopics', 'why-the-pair'] },
  },

  // ── Background ──────────────────────────────────────────────────────────────────────────────
  // The pairing's main hedge, for every reader.
  {
    id: 'pairing-evidence',
    severity: 'info',
    always: true,
    title: 'D3 with K2: promising, not proven',
    body: 'D3 helps your body absorb calcium from food: that is well established. K2 switches on proteins that help send the calcium to the right places. Some worry that calcium might settle in the wrong places when D3 is high and K2 is low. So far, that is a theory. Most of the support comes from observational studies and smaller trials. The evidence looks promising but is not yet conclusive. Most mainstream nutrition guidelines do not make strong recommendations about the pair.',
    sources: { article: ['why-the-pair'] },
  },
  {
    id: 'mixed-results',
    severity: 'info',
    title: 'Study results for D3 and K2 are mixed',
    body: 'Research on these vitamins is not consistent. Some trials find a real effect and others find very little. The trials that find little are often in people who were not low in either vitamin to begin with. The benefit seems greatest for people who are actually low.',
    sources: { article: ['bone-health'] },
  },
  {
    id: 'postmenopausal-bones',
    severity: 'info',
    title: 'Some K2 bone trials were in women past menopause',
    body: "K2's place in bone health is less widely accepted than D3's. Several trials, mostly from Japan, linked the MK-4 form of K2 with fewer broken bones in women after menopause. Most of that research used much more MK-4 than supplements sold elsewhere usually have. That makes it hard to compare with other studies. Overall, there is less evidence for K2 than for D3. Any effect seems to depend heavily on how much K2 a person already has, what they eat, and how much calcium and D3 they get.",
    ask: 'Is there anything about my bone health, such as a bone density scan, that we should look at?',
    sources: { article: ['bone-health', 'what-shapes-benefit'] },
  },
  {
    id: 'adequate-level',
    severity: 'info',
    title: 'With enough vitamin D, more D3 may add little',
    body: 'If your vitamin D is already adequate, extra D3 may bring little more benefit. Trials that found little effect were often in people who were not low to begin with. At very high intakes there are risks as well.',
    ask: 'My vitamin D level is normal. Is there any reason for me to supplement?',
    sources: { article: ['what-shapes-benefit', 'bone-health'] },
  },
  {
    id: 'midlife-bones',
    severity: 'info',
    title: 'Bone health gets more attention after midlife',
    body: "After midlife, doctors pay more attention to bone health, especially for women after menopause. Osteocalcin is a protein that helps hold calcium in bone. K2 switches it on. That is one reason K2's work on it is studied more in older people.",
    sources: { article: ['what-shapes-benefit', 'why-the-pair'] },
  },
  {
    id: 'with-fat',
    severity: 'info',
    title: 'Fat in the meal helps these vitamins absorb',
    body: 'D3 and K2 dissolve in fat, so they are absorbed better when you have them with food that contains some fat.',
    sources: { article: ['what-shapes-benefit'] },
  },
  {
    id: 'k2-form',
    severity: 'info',
    title: 'MK-4 and MK-7: they last different times, and trials used different amounts',
    body: 'MK-7 stays active in the body longer than MK-4, which the body breaks down faster. Studies of the two forms used very different amounts: most of the Japanese MK-4 research used much more than most supplements contain. So findings about one form cannot simply be applied to the other.',
    ask: 'Is the form of K2 I use the right one for my reasons?',
    sources: { article: ['what-shapes-benefit'] },
  },
  {
    id: 'natto-eater',
    severity: 'info',
    title: 'Natto is a very rich source of K2',
    body: 'Natto, a fermented food, is unusually rich in MK-7, a form of K2. Someone who eats a Western diet with little fermented food may have low K2 activity. People who eat natto regularly may not.',
    sources: { article: ['what-shapes-benefit', 'subtopics'] },
  },
  {
    id: 'low-k2-diet',
    severity: 'info',
    title: 'A diet with little fermented food may be low in K2',
    body: 'If you eat a Western diet with little fermented food, the proteins that need K2 may be less active. Foods with K2 include egg yolks and some hard cheeses. Natto and other fermented foods have it, as do some other animal foods.',
    sources: { article: ['what-shapes-benefit', 'subtopics'] },
  },
  {
    id: 'sun-and-food',
    severity: 'info',
    title: 'Sun and food may not cover your vitamin D',
    body: 'Your skin makes D3 in sunlight, and some comes from fatty fish, egg yolks and foods with added vitamin D. How far these go depends on your time in the sun, where you live, your skin tone and your age. Darker skin makes less vitamin D from the same sunlight. Far from the equator the winter sun is weaker, and the skin makes much less vitamin D in winter.',
    ask: 'Given my time in the sun and what I eat, is my vitamin D likely to be low?',
    sources: { article: ['subtopics'], external: [ODS_VITAMIN_D, ENGELSEN_2010] },
  },
  {
    id: 'evidence-bone-density',
    severity: 'info',
    title: 'Bones: strong evidence for D3, mainly if you are low',
    body: 'The evidence that D3 helps bone density is generally strong in people who are deficient. How much it helps depends a lot on your starting D3 level.',
    evidence: {
      area: 'Bone density (D3)',
      strength: 'strong',
      note: 'Especially in people who are deficient; the effect depends on the starting level',
    },
    sources: { article: ['bone-health', 'evidence-in-practice'] },
  },
  {
    id: 'evidence-k2-fractures',
    severity: 'info',
    title: 'K2 and broken bones: some evidence, mostly from Japan',
    body: 'For K2 and broken bones, the evidence is moderate. It comes mostly from Japanese trials of the MK-4 form in women after menopause. Those trials often used more than common supplements contain. Overall, there is less evidence for K2 than for D3.',
    evidence: {
      area: 'Fracture risk reduction (K2 MK-4)',
      strength: 'moderate',
      note: 'Mostly trials from Japan; they often used more K2 than common supplements contain',
    },
    sources: { article: ['evidence-in-practice', 'bone-health'] },
  },
  {
    id: 'evidence-mk7-bone-density',
    severity: 'info',
    title: 'MK-7 and bone density: modest gains in some trials',
    body: 'European research has looked at MK-7, the longer-lasting form of K2 found in fermented foods such as natto. Some of those trials found modest gains in bone density.',
    sources: { article: ['bone-health'] },
  },
  {
    id: 'evidence-heart',
    severity: 'info',
    title: 'Heart and arteries: the evidence is still early',
    body: 'Observational studies look at what people already eat and do. Such studies have linked more K2 in the diet with less calcium in the arteries and fewer heart problems. But they cannot show cause and effect, because people who eat more K2 also differ in other ways. Trials are fewer and smaller, and their results are mixed. A believable explanation is not the same as a proven heart benefit.',
    evidence: {
      area: 'Less calcium in blood vessels (K2)',
      strength: 'emerging',
      note: 'Cause and effect not shown; trial results mixed',
    },
    sources: { article: ['cardiovascular-research', 'evidence-in-practice'] },
  },
  {
    id: 'evidence-immune',
    severity: 'info',
    title: 'Immune system: some evidence, most of it from fixing low vitamin D',
    body: 'D3 and the immune system is an active research area. Some of its roles are still being worked out. The most solid findings come from fixing a lack of vitamin D.',
    evidence: {
      area: 'Immune function (D3)',
      strength: 'moderate',
      note: 'Most solid when fixing a lack of vitamin D',
    },
    sources: { article: ['evidence-in-practice', 'why-the-pair'] },
  },
  {
    id: 'evidence-combined',
    severity: 'info',
    title: 'D3 and K2 together: few direct trials',
    body: 'Most studies look at each vitamin on its own. So there is little direct trial evidence on what the two do together.',
    evidence: {
      area: 'D3 + K2 combined outcomes',
      strength: 'limited',
      note: 'Most studies look at each vitamin on its own',
    },
    sources: { article: ['evidence-in-practice'] },
  },
  {
    id: 'amounts-for-your-provider',
    severity: 'info',
    always: true,
    title: 'How much to use: ask your doctor',
    body: 'What suits you depends on your blood levels, which only a test can show, and on your wider health. Working that out is for you and your doctor or pharmacist, not for an article or this tool.',
    sources: { article: ['subtopics'] },
  },
  // Issue 11: antiplatelets, which many call blood thinners. Only the article's own "anyone taking blood
  // thinners should discuss K2 supplementation with their prescriber" sentence; no pharmacology claimed.
  {
    id: 'antiplatelet-check',
    severity: 'caution',
    sources: { article: ['what-shapes-benefit'] },
    title: 'On aspirin or something like it? Ask your pharmacist about K2',
    body: 'Many people call medicines like yours “blood thinners”. The warning about K2 in the article is about anticoagulants, such as warfarin. It does not say if it covers medicines like yours. It does say that anyone on a blood thinner should talk to their prescriber before changing anything about K2. Ask your pharmacist if that applies to you.',
    ask: 'Does the advice on K2 and blood thinners apply to the medicine I use?',
  },
];
