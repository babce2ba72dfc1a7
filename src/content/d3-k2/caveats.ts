import type { ExternalSource, Pack } from '../../schema/pack';

// Every title and body is our own wording. Facts come from the article sections in `sources.article`
// (the first is the one the card links to) or from the sources in `sources.external`, which the card
// names too; a fact with neither is left out. `quote` is the article text each caveat paraphrases,
// verbatim ("…" marks a cut), for the reviewer's view only.

// The NIH ODS fact sheets could not be opened from the sandbox this was written in: the facts used from
// them are the well-known ones (the groups at risk and the medicines that lower absorption), stated no
// more strongly than the sheets do. A reviewer opens each page before signing and updates `accessed`.
const ACCESSED = '2026-12-01';

const ODS_VITAMIN_D: ExternalSource = {
  publisher: 'NIH Office of Dietary Supplements',
  title: 'Vitamin D: Fact Sheet for Health Professionals',
  url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
  accessed: ACCESSED,
};

const ODS_VITAMIN_K: ExternalSource = {
  publisher: 'NIH Office of Dietary Supplements',
  title: 'Vitamin K: Fact Sheet for Health Professionals',
  url: 'https://ods.od.nih.gov/factsheets/vitaminK-HealthProfessional/',
  accessed: ACCESSED,
};

/** The latitude direction (weaker winter sun far from the equator); the article says only "geography". */
const ENGELSEN_2010: ExternalSource = {
  publisher: 'Nutrients (2010)',
  title: 'Engelsen, The Relationship between Ultraviolet Radiation Exposure and Vitamin D Status',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3257661/',
  accessed: ACCESSED,
};

export const caveats: Pack['caveats'] = [
  // ── Interactions ────────────────────────────────────────────────────────────────────────────
  {
    id: 'anticoagulant',
    severity: 'interaction',
    title: 'Blood thinners and vitamin K2: talk to your prescriber first',
    body: 'Vitamin K2 works on the same part of blood clotting as warfarin and other anticoagulant medicines. This is not a small matter: it can change how well your blood thinner works. Ask your prescriber before you change anything about K2, starting or stopping it.',
    ask: 'I take a blood thinner. Is vitamin K2 safe with it, and would anything need checking?',
    sources: { article: ['what-shapes-benefit'] },
  },
  {
    // For a reader who did not say which medicines they use, or listed one we could not confirm: the
    // same warning, as a condition. Never shown with the card above (the invariants prove it).
    id: 'anticoagulant-if-taken',
    severity: 'interaction',
    title: 'If you take a blood thinner, talk to your prescriber before K2',
    body: 'Your answers don’t show which medicines you take. If you take a blood thinner such as warfarin, vitamin K2 works on the same part of blood clotting. This is not a small matter: it can change how well your blood thinner works. Ask your prescriber before you change anything about K2.',
    ask: 'Could vitamin K2 affect any medicine I use, such as a blood thinner?',
    sources: { article: ['what-shapes-benefit'] },
  },

  // ── Cautions ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'high-dose-d3',
    severity: 'caution',
    title: 'Very high amounts of D3 over a long time can raise blood calcium',
    body: 'Vitamin D3 in very high amounts over a long time can push the calcium in your blood too high. Doctors call this hypercalcemia. Your prescriber can tell you whether a blood test of your calcium and vitamin D would be useful.',
    ask: 'Should my calcium and vitamin D be checked while I use this product?',
    sources: { article: ['what-shapes-benefit'] },
  },
  {
    id: 'test-your-level',
    severity: 'caution',
    title: 'A blood test shows where you start',
    body: 'Your starting vitamin D level is probably the biggest single thing that decides how much you might gain. People who are low are likely to see measurable changes, such as in how much calcium they absorb. People who already have enough may gain little. Only a blood test can show which group you are in.',
    ask: 'Would a vitamin D blood test be useful for me?',
    sources: { article: ['what-shapes-benefit', 'subtopics'] },
  },
  {
    id: 'low-level',
    severity: 'caution',
    title: 'The benefit seems largest when levels are low',
    body: 'Trial results are mixed: some find a real effect, and others find very little. The benefit seems greatest in people who are actually low in vitamin D (deficient or insufficient), which is what your test suggested. Ask your prescriber what your result means for you.',
    ask: 'My vitamin D test was low. What do you recommend, and when should it be rechecked?',
    sources: { article: ['bone-health'] },
  },
  {
    id: 'fat-digestion',
    severity: 'caution',
    title: 'How your gut handles fat affects absorption',
    body: 'D3 and K2 dissolve in fat, so how well your gut handles fat affects how much of them you absorb. Some conditions, such as Crohn’s disease or coeliac disease, and some medicines, such as orlistat, make fat harder to absorb. They can lower how much of these vitamins you get from food and supplements.',
    ask: 'Could my gut, or a medicine I use, change how well I absorb vitamins D and K?',
    sources: { article: ['what-shapes-benefit'], external: [ODS_VITAMIN_D, ODS_VITAMIN_K] },
  },
  {
    id: 'older-adult',
    severity: 'caution',
    title: 'Later in life the body makes and absorbs less D3',
    body: 'As people get older, their skin tends to make less D3 in sunlight. Their body also tends to absorb less D3 from food.',
    ask: 'At my age, is my vitamin D level worth checking?',
    sources: { article: ['what-shapes-benefit'] },
  },
  {
    id: 'calcium-supplements',
    severity: 'caution',
    title: 'Calcium supplements and K2: the question is still open',
    body: 'Calcium supplements add to the calcium in your blood, and that calcium needs to end up in the right places. K2 switches on proteins that help with this. That is why K2 often comes up alongside calcium. But the worry that calcium settles in the wrong places without enough K2 is, for now, a theory. The evidence is not yet conclusive.',
    ask: 'I use calcium together with other supplements. Does that combination make sense for me?',
    sources: { article: ['subtopics', 'why-the-pair'] },
  },

  // ── Background ──────────────────────────────────────────────────────────────────────────────
  // The pairing's main hedge, for every reader.
  {
    id: 'pairing-evidence',
    severity: 'info',
    always: true,
    title: 'Why D3 and K2 are paired, and how sure the research is',
    body: 'The idea is that D3 helps your body absorb calcium, and K2 helps send it to the right places. Some worry that calcium might settle in the wrong places when D3 is high and K2 is low. So far, that is a theory. Most of the support comes from observational studies and smaller trials. The evidence looks promising but is not yet conclusive. Most mainstream nutrition guidelines do not make strong recommendations about the pair.',
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
    body: "K2's place in bone health is less widely accepted than D3's. Several trials, mostly from Japan, linked the MK-4 form of K2 with fewer broken bones in women after menopause. Those trials used far more MK-4 than supplements sold elsewhere usually contain. Overall, there is less evidence for K2 than for D3. Any effect seems to depend heavily on how much K2 a person already has, what they eat, and how much calcium and D3 they get.",
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
    body: "After midlife, doctors pay more attention to bone health, especially for women after menopause. Osteocalcin is a protein in bone. It needs K2 to switch it on. That is one reason K2's work on osteocalcin is studied more in older people.",
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
    title: 'MK-4 and MK-7 work in different ways',
    body: 'MK-7 stays active in the body longer than MK-4, which the body breaks down faster. Studies of the two forms used very different amounts: most of the Japanese MK-4 research used much more than most supplements contain. So findings about one form cannot simply be applied to the other.',
    ask: 'Is the form of K2 I use the right one for my reasons?',
    sources: { article: ['what-shapes-benefit'] },
  },
  {
    id: 'natto-eater',
    severity: 'info',
    title: 'Natto is a very rich source of K2',
    body: 'Natto, a fermented food, is unusually rich in MK-7, a form of K2. A Western diet with little fermented food can leave K2 activity low. People who eat natto regularly may not have that problem.',
    sources: { article: ['what-shapes-benefit', 'subtopics'] },
  },
  {
    id: 'low-k2-diet',
    severity: 'info',
    title: 'A diet with little fermented food may be low in K2',
    body: 'A typical Western diet has little fermented food. That may leave the proteins that rely on K2 less active. Foods with K2 include egg yolks, some hard cheeses, natto and other fermented foods, and some other animal foods.',
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
    title: 'Immune system: moderate evidence, best when you are low',
    body: 'D3 and the immune system is an active research area. Some of its roles are still being worked out. The most solid findings come from fixing a lack of vitamin D.',
    evidence: {
      area: 'Immune function (D3)',
      strength: 'moderate',
      note: 'Best shown when fixing a lack of vitamin D',
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
    title: 'How much to use is a decision for your provider',
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
