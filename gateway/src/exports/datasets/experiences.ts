import { defined, joined, territoryColumns, type Dataset } from '../dataset';

interface Experience {
  id: string;
  title: string;
  summary: string;
  status: string;
  language: string;
  publishedAt: string | null;
  updatedAt: string;
  publisher: { __typename: string; id: string; name: string } | null;
  territories: Array<{ id: string; code: string; level: string; name: string }> | null;
  themes: Array<{ id: string; labelFr: string }>;
  convention: { id: string; title: string } | null;
  programme: { kind: string; name: string } | null;
  keyFigures: { budgetEuros: number | null; durationMonths: number | null; peopleInvolved: number | null };
}

/** Published experiences (retours d'expérience) by default, as the caller may see them. */
export const experiences: Dataset<Experience> = {
  name: 'experiences',
  title: 'Retours d\'expérience',
  description: 'Experiences territories share (retours d\'expérience), newest first: the published ones, or those of `statuses` the caller may see.',
  operation: { name: 'ExportExperiences', file: 'exports/ExportExperiences.graphql' },
  parameters: [
    { name: 'statuses', type: '[PublicationStatus!]', argument: 'filter.statuses', description: 'Statuses to list (comma-separated); PUBLISHED by default. Others list only what the caller may see.' },
    { name: 'territory', type: 'ID', argument: 'filter.territory', description: 'Only those about this territory or a territory inside it (a territory id, e.g. `DEPARTEMENT:63`).' },
    { name: 'theme', type: 'ID', argument: 'filter.theme', description: 'Only those with this theme or one of its sub-themes (a theme id, e.g. `energie`).' },
    { name: 'publisher', type: 'ID', argument: 'filter.publisher', description: 'Only those published by this actor (an organisation or territory id).' },
    { name: 'programme', type: 'ID', argument: 'filter.programme', description: 'Only those of this programme (a programme id).' },
    { name: 'convention', type: 'ID', argument: 'filter.convention', description: 'Only those of this convention (a convention id).' },
    { name: 'language', type: 'String', argument: 'filter.language', description: 'Only those written in this language (e.g. `fr`).' },
  ],
  variables: ({ statuses, territory, theme, publisher, programme, convention, language }) => ({
    filter: defined({ statuses, territory, theme, publisher, programme, convention, language }),
  }),
  page: (data) => data.experiences,
  columns: [
    { name: 'id', type: 'string', description: 'Experience id.', value: (e) => e.id },
    { name: 'title', type: 'string', description: 'Title.', value: (e) => e.title },
    { name: 'summary', type: 'string', description: 'Summary.', value: (e) => e.summary },
    { name: 'status', type: 'string', description: 'Publication status (PUBLISHED unless asked otherwise).', value: (e) => e.status },
    { name: 'language', type: 'string', description: 'Language of the text (e.g. fr).', value: (e) => e.language },
    { name: 'published_at', type: 'datetime', description: 'When it was published (ISO 8601, UTC).', value: (e) => e.publishedAt },
    { name: 'updated_at', type: 'datetime', description: 'Last change (ISO 8601, UTC).', value: (e) => e.updatedAt },
    { name: 'publisher_id', type: 'string', description: 'Id of the publishing organisation or territory.', value: (e) => e.publisher?.id ?? null },
    { name: 'publisher_type', type: 'string', description: 'Organisation or Territory.', value: (e) => e.publisher?.__typename ?? null },
    { name: 'publisher_name', type: 'string', description: 'Name of the publisher.', value: (e) => e.publisher?.name ?? null },
    ...territoryColumns<Experience>('territory', 'the territories it is about', (e) => e.territories, true),
    { name: 'theme_ids', type: 'string', description: 'Theme ids, joined by " | ".', value: (e) => joined(e.themes.map((t) => t.id)) },
    { name: 'theme_labels', type: 'string', description: 'Theme labels (French), joined by " | " in the same order.', value: (e) => joined(e.themes.map((t) => t.labelFr)) },
    { name: 'convention_id', type: 'string', description: 'Id of the convention it comes from, if any.', value: (e) => e.convention?.id ?? null },
    { name: 'convention_title', type: 'string', description: 'Title of that convention.', value: (e) => e.convention?.title ?? null },
    { name: 'programme_kind', type: 'string', description: 'Programme it comes from, if any (PILOT_COHORT...).', value: (e) => e.programme?.kind ?? null },
    { name: 'programme_name', type: 'string', description: 'Name of that programme.', value: (e) => e.programme?.name ?? null },
    { name: 'budget_euros', type: 'integer', description: 'Budget, in euros, when given.', value: (e) => e.keyFigures.budgetEuros },
    { name: 'duration_months', type: 'integer', description: 'Duration, in months, when given.', value: (e) => e.keyFigures.durationMonths },
    { name: 'people_involved', type: 'integer', description: 'People involved, when given.', value: (e) => e.keyFigures.peopleInvolved },
  ],
};
