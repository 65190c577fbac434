import { argumentRules, inputFieldRules, lineText, longText, SEARCH_TEXT, type TextRules } from '@fabrique/kit';
import { LIMITS } from './domain/input';

const PUBLICATION_TEXTS = { summary: longText(LIMITS.summary), body: longText(LIMITS.body) };

/** The knowledge subgraph's search, long texts and links; every other text gets the kit's one-line default. */
export const textRules: TextRules = {
  'Query.searchKnowledge(query:)': SEARCH_TEXT,
  ...inputFieldRules(['CreateExperienceInput', 'UpdateExperienceInput'], {
    summary: PUBLICATION_TEXTS.summary,
    body: PUBLICATION_TEXTS.body,
    outcomes: longText(LIMITS.listItem),
    lessons: longText(LIMITS.listItem),
  }),
  ...inputFieldRules(['CreateResourceInput', 'UpdateResourceInput'], PUBLICATION_TEXTS),
  ...inputFieldRules(['CreateThemeInput'], { descriptionFr: longText(2_000), descriptionEn: longText(2_000) }),
  ...inputFieldRules(['VisitInput'], { description: longText(5_000) }),
  ...inputFieldRules(['CreateLearningJourneyInput', 'UpdateLearningJourneyInput'], { description: longText(20_000) }),
  ...argumentRules(['Experience', 'Resource'].flatMap((kind) => [`Mutation.return${kind}ToDraft`, `Mutation.archive${kind}`]), 'comment', longText(2_000)),
  ...argumentRules(['Mutation.registerForLearningJourney'], 'note', longText(1_000)),
};
