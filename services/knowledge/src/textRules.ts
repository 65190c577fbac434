import { inputFieldRules, lineText, longText, SEARCH_TEXT, type TextRules } from '@fabrique/kit';
import { LIMITS } from './domain/input';

const PUBLICATION_TEXTS = { summary: longText(LIMITS.summary), body: longText(LIMITS.body) };

/** The knowledge subgraph's search, long texts and links; every other text gets the kit's one-line default. */
export const textRules: TextRules = {
  'Query.searchKnowledge(query:)': SEARCH_TEXT,
  ...inputFieldRules(['CreateExperienceInput', 'ExperienceChangesInput'], {
    summary: PUBLICATION_TEXTS.summary,
    body: PUBLICATION_TEXTS.body,
    outcomes: longText(LIMITS.listItem),
    lessons: longText(LIMITS.listItem),
  }),
  ...inputFieldRules(['CreateResourceInput', 'ResourceChangesInput'], PUBLICATION_TEXTS),
  ...inputFieldRules(['CreateThemeInput'], { descriptionFr: longText(2_000), descriptionEn: longText(2_000) }),
  ...inputFieldRules(['VisitInput'], { description: longText(5_000) }),
  ...inputFieldRules(['CreateLearningJourneyInput', 'LearningJourneyChangesInput'], { description: longText(20_000) }),
  ...inputFieldRules(['Experience', 'Resource'].flatMap((kind) => [`Return${kind}ToDraftInput`, `Archive${kind}Input`]), { comment: longText(2_000) }),
  ...inputFieldRules(['RegisterForLearningJourneyInput'], { note: longText(1_000) }),
};
