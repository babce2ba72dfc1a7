import type { Pack } from '../../schema/pack';

/** The article this pack serves, with its section headings as printed (ids are the page anchors). */
export const article: Pack['article'] = {
  title: 'D3 K2 Benefits: What the Research Shows and Why the Combination Matters',
  sections: [
    { id: 'why-the-pair', heading: 'Why D3 and K2 Are Studied as a Pair' },
    { id: 'bone-health', heading: 'Bone Health: The Most Studied Benefit' },
    { id: 'cardiovascular-research', heading: 'Cardiovascular Research: Emerging and Incomplete' },
    { id: 'what-shapes-benefit', heading: 'What Shapes How Much Benefit Someone Might Experience' },
    { id: 'evidence-in-practice', heading: 'What the Evidence Looks Like in Practice' },
    { id: 'subtopics', heading: 'The Subtopics Worth Exploring Further' },
  ],
};
