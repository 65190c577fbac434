import type { ExperienceRecord } from '../../models/experiences/schema';
import type { ResourceRecord } from '../../models/resources/schema';
import type { SearchField } from '../text/searchIndex';

/** The weighted search fields of each kind: an experience's outcomes and lessons are searched with its body. */
export const experienceSearchText = (e: ExperienceRecord): Record<SearchField, string> => ({
  title: e.title,
  summary: e.summary,
  body: [e.body, ...e.outcomes, ...e.lessons].join('\n\n'),
});

export const resourceSearchText = (r: ResourceRecord): Record<SearchField, string> => ({ title: r.title, summary: r.summary, body: r.body });
