import { inputFieldRules, lineText, longText, type TextRules } from '@fabrique/kit';

const NOTE = longText(2_000);

/** The conventions subgraph's long texts and links; every other text gets the kit's one-line default. */
export const textRules: TextRules = {
  ...inputFieldRules(['CreateConventionInput', 'ConventionChangesInput'], { summary: longText(5_000) }),
  ...inputFieldRules(['CommitmentInput', 'CommitmentChangesInput', 'CreateCohortInput', 'CohortChangesInput'], { description: longText(5_000) }),
  ...inputFieldRules(['ApplicationInput'], { motivation: longText(5_000) }),
  ...inputFieldRules(['CreateDiagnosticInput', 'DiagnosticChangesInput'], {
    summary: longText(5_000),
    strengths: longText(2_000),
    weaknesses: longText(2_000),
    recommendations: longText(2_000),
  }),
  ...inputFieldRules(['ChangeConventionStatusInput', 'RecordIndicatorValueInput'], { note: NOTE }),
  ...inputFieldRules(
    ['Shortlist', 'Waitlist', 'Accept', 'Reject', 'Withdraw'].map((verb) => `${verb}ApplicationInput`).concat(['AcceptOfferInput', 'DeclineOfferInput']),
    { note: NOTE },
  ),
};
