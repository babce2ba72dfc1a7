/**
 * Every string the widget shows, in English. Another locale is a new file whose object
 * `satisfies Messages`. `{name}` placeholders are filled by `fill` (src/rules/fill.ts).
 */
export const en = {
  listSeparator: ', ',
  progress: 'Step {current} of {total}',
  back: 'Back',
  next: 'Next',
  seeResults: 'See my results',
  numberInvalid: 'Enter a whole number from {min} to {max}, or leave it empty to skip.',
  privacy: 'Every question is optional. Your answers stay in this browser and are never sent anywhere.',
  medications: {
    add: 'Add',
    suggestions: 'Suggestions',
    remove: 'Remove {name}',
    didYouMean: 'Did you mean {name}?',
    unrecognised: 'not recognised — mention it to your pharmacist',
    none: "I don't take any regular medicines",
    unnamed: 'This entry',
    tooLong: 'Only the first {max} characters fit: check that the name is all there.',
  },
  results: {
    heading: 'What applies to you',
    status: { one: '1 caveat applies to you', other: '{count} caveats apply to you' },
    severity: { interaction: 'Interaction', caution: 'Caution', info: 'Background' },
    why: "Why you're seeing this",
    always: 'Shown to every reader',
    evidence: 'Evidence: {strength}',
    evidenceNote: '{area}: {note}',
    strength: { strong: 'Strong', moderate: 'Moderate', emerging: 'Emerging', limited: 'Limited' },
    fromArticle: 'From the article: {heading}',
    notAssessedHeading: "We couldn't check these",
    notAssessedIntro: 'Answering these questions would tell us whether they apply to you.',
    decidedBy: 'Would be decided by: {questions}',
    goTo: 'Answer in “{step}”',
    unrecognisedHeading: "Medicines we didn't recognise",
    unrecognised: '{name}: mention it to your pharmacist',
    summaryHeading: 'Questions to bring to your prescriber or pharmacist',
    noQuestions: 'No specific questions came up. You can still ask about anything in the article.',
    appliesHeading: 'What applies to me',
    /** Lines of the copied plain-text summary. */
    copyQuestion: '{number}. {text}',
    copyItem: '- {text}',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copy failed — select the text below',
    print: 'Print',
    change: 'Change my answers',
    startOver: 'Start over',
  },
  disclaimer:
    'This is not medical or dosing advice. It points to parts of the article that may apply to you; talk to your doctor or pharmacist before changing anything.',
  error: 'Sorry, this questionnaire could not be shown. The article above and below still applies.',
  optionsError: 'This questionnaire could not start: the page that embeds it has set it up wrongly.',
};

export type Messages = typeof en;
