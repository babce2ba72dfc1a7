import type { Pack } from '../../schema/pack';

// Every title and body is our own paraphrase of the article, except where a comment cites another source;
// `section` names where the fact comes from.
export const caveats: Pack['caveats'] = [
  {
    id: 'anticoagulant',
    severity: 'interaction',
    section: 'what-shapes-benefit',
    title: 'Blood thinners and vitamin K2: talk to your prescriber first',
    body: 'Vitamin K2 acts on the same clotting-factor pathways as warfarin and other anticoagulants, so it can change how well your blood thinning is controlled. The article stresses that this is not a minor interaction. Talk to your prescriber before changing anything.',
    ask: 'I take a blood thinner. Is vitamin K2 safe with it, and would anything need monitoring?',
  },
  {
    id: 'high-dose-d3',
    severity: 'caution',
    section: 'what-shapes-benefit',
    title: 'Strong vitamin D over a long time can raise blood calcium',
    body: 'Very large amounts of vitamin D3 over a long period can push blood calcium too high (hypercalcemia). K2 has a wider safety margin. High D3 intake is also the setting where the question of K2 directing calcium comes up most.',
    ask: 'Should my calcium and vitamin D levels be checked while I use this vitamin D product?',
  },
  // The last sentence (a level needs a test to be known) is from the subtopics section, on dosage.
  {
    id: 'test-your-level',
    severity: 'caution',
    section: 'what-shapes-benefit',
    title: 'A blood test shows where you start',
    body: 'Your vitamin D level before supplementing is probably the biggest factor in how much you gain: people who are low tend to see real changes, people with enough may see little. Knowing which group you are in takes a blood test.',
    ask: 'Would a vitamin D blood test be useful for me?',
  },
  {
    id: 'low-level',
    severity: 'caution',
    section: 'bone-health',
    title: 'The benefit looks largest when levels are low',
    body: 'Research suggests D3 and K2 help most in people who are actually deficient or insufficient, and much less in people who are not. Your result is the kind of information your prescriber needs to guide you.',
    ask: 'My vitamin D test was low. What do you recommend, and when should it be rechecked?',
  },
  {
    id: 'adequate-level',
    severity: 'info',
    section: 'what-shapes-benefit',
    title: 'With an adequate level, extra D3 may add little',
    body: 'People whose vitamin D is already adequate may see little extra benefit from supplementing, and very high intakes bring risks of their own.',
    ask: 'My vitamin D level is normal. Is there any reason for me to supplement?',
  },
  // The article says only that gut health and fat digestion capacity affect absorption. That conditions or
  // medicines which reduce fat absorption lower how much D3 and K2 is absorbed is from the NIH Office of
  // Dietary Supplements fact sheets for health professionals on vitamin D and on vitamin K (see the
  // `digestion` question in ./questions.ts and the fat-absorption reducers in ../medications.ts).
  {
    id: 'fat-digestion',
    severity: 'caution',
    section: 'what-shapes-benefit',
    title: 'How your gut handles fat affects absorption',
    body: 'D3 and K2 dissolve in fat. Conditions or medicines that reduce how well you digest or absorb fat can lower how much of these vitamins you get from supplements.',
    ask: 'Could my digestion, or a medicine I take, affect how well I absorb vitamins D and K?',
  },
  {
    id: 'older-adult',
    severity: 'caution',
    section: 'what-shapes-benefit',
    title: 'Later in life the body makes and absorbs less D3',
    body: 'Older adults tend to make less vitamin D3 in their skin from sunlight, and absorb less of it from food.',
    ask: 'At my age, is my vitamin D status worth checking?',
  },
  {
    id: 'midlife-bones',
    severity: 'info',
    section: 'what-shapes-benefit',
    title: 'Bone health becomes a bigger concern after midlife',
    body: 'Bone turnover matters more clinically after midlife, which is why K2 and its bone protein osteocalcin are studied more often in older people.',
  },
  {
    id: 'postmenopausal-bones',
    severity: 'info',
    section: 'bone-health',
    title: 'K2 bone research focused on women after menopause',
    body: 'Trials, mostly from Japan, linked the MK-4 form of K2 with fewer fractures in women after menopause. Those trials used MK-4 at pharmacological strengths, far above what supplements sold elsewhere usually contain, which makes them hard to compare directly with other studies.',
    evidence: {
      area: 'Fracture risk reduction (K2 MK-4)',
      strength: 'moderate',
      note: 'Mostly Japanese trials, at strengths above common supplements',
    },
    ask: 'Is there anything about my bone health, such as a bone density scan, that we should look at?',
  },
  {
    id: 'calcium-supplements',
    severity: 'caution',
    section: 'subtopics',
    title: 'Calcium supplements make the K2 question more pointed',
    body: 'Supplemental calcium adds to the calcium circulating in your blood that needs to be directed to the right places, which is the job K2-dependent proteins help with.',
    ask: 'I take calcium together with other supplements. Does that combination make sense for me?',
  },
  {
    id: 'with-fat',
    severity: 'info',
    section: 'what-shapes-benefit',
    title: 'Fat in the meal helps these vitamins absorb',
    body: 'D3 and K2 are fat-soluble: they are absorbed better alongside food that contains some fat.',
  },
  {
    id: 'k2-form',
    severity: 'info',
    section: 'what-shapes-benefit',
    title: 'MK-4 and MK-7 behave differently',
    body: 'MK-7 has a longer half-life in the body than MK-4, which is cleared more quickly. Studies of the two forms used very different amounts, so findings about one form do not transfer neatly to the other.',
    ask: 'Is the form of K2 I use the right one for my reasons?',
  },
  // The first sentence (natto is unusually rich in MK-7) is from the subtopics section, on food sources.
  {
    id: 'natto-eater',
    severity: 'info',
    section: 'what-shapes-benefit',
    title: 'Natto is an unusually rich source of K2',
    body: 'Natto is unusually high in MK-7. People who eat it regularly may not have the low K2 activity that a Western diet with little fermented food can bring.',
  },
  {
    id: 'low-k2-diet',
    severity: 'info',
    section: 'what-shapes-benefit',
    title: 'A diet with little fermented food may be low in K2',
    body: 'A typical Western diet with little fermented food can leave K2-dependent proteins less active. Foods with K2 include natto and other fermented foods, some hard cheeses and egg yolks.',
  },
  {
    id: 'sun-and-food',
    severity: 'info',
    section: 'subtopics',
    title: 'Sun and food may not cover your vitamin D',
    body: 'Your skin makes D3 in sunlight, and some comes from fatty fish, egg yolks and fortified foods. How far these go depends on your sun exposure, where you live, your skin tone and your age.',
    ask: 'Given my sun exposure and diet, is my vitamin D likely to be low?',
  },
  {
    id: 'evidence-bone-density',
    severity: 'info',
    section: 'evidence-in-practice',
    title: 'Bones: strong evidence for D3, mainly if you are deficient',
    body: 'Evidence that D3 improves bone mineral density is strong, especially in people who are deficient. How large the effect is depends on your starting D3 status.',
    evidence: {
      area: 'Bone mineral density (D3)',
      strength: 'strong',
      note: 'Especially in deficient individuals',
    },
  },
  {
    id: 'evidence-heart',
    severity: 'info',
    section: 'cardiovascular-research',
    title: 'Heart and arteries: the evidence is still emerging',
    body: 'Studies that observe people link more dietary K2 with less calcium in the arteries, but they cannot show cause and effect, and the few trials are mixed. A plausible mechanism is not the same as a proven heart benefit.',
    evidence: {
      area: 'Arterial calcification reduction (K2)',
      strength: 'emerging',
      note: 'Causation not established; trial data mixed',
    },
  },
  {
    id: 'evidence-immune',
    severity: 'info',
    section: 'evidence-in-practice',
    title: 'Immune function: moderate evidence, best for correcting deficiency',
    body: 'D3 and immune function is an active research area. The most solid findings come from correcting a deficiency.',
    evidence: {
      area: 'Immune function (D3)',
      strength: 'moderate',
      note: 'Most robust for deficiency correction',
    },
  },
  {
    id: 'evidence-combined',
    severity: 'info',
    section: 'evidence-in-practice',
    title: 'D3 and K2 together: little direct trial data',
    body: 'Most studies look at each vitamin on its own, so there is little direct trial evidence on what the pair does together.',
    evidence: {
      area: 'D3 + K2 combined outcomes',
      strength: 'limited',
      note: 'Most studies examine each nutrient separately',
    },
  },
  {
    id: 'amounts-for-your-provider',
    severity: 'info',
    section: 'subtopics',
    always: true,
    title: 'How much to use is a decision for your provider',
    body: 'What suits you depends on your blood levels, which only a test can show, and on your wider health. That is a decision for you and your doctor or pharmacist, not for an article or this tool.',
  },
  // Issue 11: antiplatelets, which many call blood thinners. Only the article's own "anyone taking blood
  // thinners should discuss K2 supplementation with their prescriber" sentence; no pharmacology claimed.
  {
    id: 'antiplatelet-check',
    severity: 'caution',
    section: 'what-shapes-benefit',
    title: 'Aspirin, clopidogrel and similar medicines: ask your pharmacist about K2',
    body: 'People often call medicines like yours “blood thinners”. The article’s warning about vitamin K2 is about anticoagulants, such as warfarin, and it does not say whether it also covers medicines like yours. It does say that anyone on a blood thinner should check with their prescriber before changing anything about K2. Ask your pharmacist whether that applies to the medicine you use.',
    ask: 'Does the advice about vitamin K2 and blood thinners apply to the medicine I use?',
  },
];
