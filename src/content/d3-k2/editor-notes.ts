/**
 * For reviewers, not for the bundle: notes for the article's editor, each on a line of the article
 * quoted word for word (a test checks each against the article). The sign-off sheet prints them.
 */
export const editorNotes: readonly { line: string; note: string }[] = [
  {
    line: 'Vitamin K2 interacts with warfarin and other anticoagulant medications by influencing the same clotting-factor pathways.',
    note: 'Vitamin K works directly against warfarin and the other vitamin K antagonists (acenocoumarol, phenprocoumon, fluindione…). For the direct oral anticoagulants (apixaban, rivaroxaban, edoxaban, dabigatran) and the heparins, an interaction through the same pathway is not established, so the sentence reads as more than is known for those readers. Consider naming the vitamin K antagonists for the mechanism, and keeping the instruction to talk to the prescriber for every blood thinner. The widget gives the mechanism only to readers of a vitamin K antagonist, and to readers whose blood thinner it does not know as a condition ("if yours is one like warfarin").',
  },
  {
    line: 'Food sources versus supplementation is a practical question with meaningful nutritional differences.',
    note: 'For readers on a vitamin K antagonist, a change in the vitamin K they get from food (natto above all) or supplements changes how well the medicine works; the article does not say so. The widget adds, with sources, that such readers keep their vitamin K steady and talk to their prescriber before changing it.',
  },
];
