import { inputFieldRules, longText, SEARCH_TEXT, type TextRules } from '@fabrique/kit';

/** The actors subgraph's searches and long texts; every other text gets the kit's one-line default. */
export const textRules: TextRules = {
  ...inputFieldRules(['TerritoryFilter', 'OrganisationFilter', 'PersonFilter'], { search: SEARCH_TEXT }),
  ...inputFieldRules(['CreateOrganisationInput', 'OrganisationChangesInput', 'CreateAllianceInput', 'AllianceChangesInput'], { description: longText(4_000) }),
  ...inputFieldRules(['CreateMembershipInput', 'MembershipChangesInput', 'LeaveAllianceInput'], { note: longText(1_000) }),
};
