import { demoOrganisationId, stableId, territoryScope } from '@fabrique/kit';
import type { ExperienceRecord, KeyFigures } from '../models/experiences/schema';
import type { PublicationRecord, PublicationStatus } from '../models/publications/schema';
import type { ResourceKind, ResourceRecord } from '../models/resources/schema';
import { demoThemes } from './themes';

/** Turns the compact demo data into full records (ids, scopes, dates), as the API would store them. */
interface DemoPublication {
  /** Stable key: the record's id is `stableId(<collection>, key)`. */
  key: string;
  title: string;
  summary: string;
  body: string;
  themes: string[];
  territories: string[];
  /** A demo organisation slug, or a territory id. */
  publisher: string;
  programme?: 'INITIATION_DAY' | 'SHORT_DIAGNOSTIC' | 'PILOT_COHORT' | 'EXPERIMENTAL_SUPPORT';
  /** ISO date of publication (or of creation, for drafts). */
  date: string;
  status?: PublicationStatus;
}

export interface DemoExperience extends DemoPublication {
  convention?: string;
  authors?: Array<{ name: string; role?: string }>;
  outcomes: string[];
  lessons: string[];
  keyFigures?: Partial<KeyFigures>;
}

export interface DemoResource extends DemoPublication {
  kind: ResourceKind;
  url?: string;
}

const ancestors = new Map(demoThemes.map((t) => [t._id, t.ancestorIds]));

export const publisherId = (publisher: string) => (publisher.includes(':') ? publisher : demoOrganisationId(publisher));
export const experienceId = (key: string) => stableId('experience', key);

function publication(collection: string, d: DemoPublication): PublicationRecord {
  for (const theme of d.themes) if (!ancestors.has(theme)) throw new Error(`demo ${d.key}: unknown theme ${theme}`);
  const at = new Date(`${d.date}T09:00:00Z`);
  const status = d.status ?? 'PUBLISHED';
  const published = status === 'PUBLISHED' || status === 'ARCHIVED';
  return {
    _id: stableId(collection, d.key),
    version: 1,
    title: d.title,
    summary: d.summary,
    body: d.body,
    language: 'fr',
    status,
    territoryIds: d.territories,
    territoryScope: territoryScope(d.territories),
    themeIds: d.themes,
    themeScope: [...new Set(d.themes.flatMap((t) => [...ancestors.get(t)!, t]))],
    publisherId: publisherId(d.publisher),
    programmeId: d.programme ? stableId('programme', d.programme) : null,
    moderationComment: null,
    submittedAt: status === 'DRAFT' ? null : at,
    publishedAt: published ? at : null,
    publishedMonth: published ? d.date.slice(0, 7) : null,
    archivedAt: status === 'ARCHIVED' ? at : null,
    listedAt: at,
    createdAt: at,
    updatedAt: at,
    createdBy: null,
  };
}

export function experienceRecord(d: DemoExperience): ExperienceRecord {
  return {
    ...publication('experience', d),
    authors: (d.authors ?? []).map((a) => ({ name: a.name, role: a.role ?? null })),
    conventionId: d.convention ? stableId('convention', d.convention) : null,
    outcomes: d.outcomes,
    lessons: d.lessons,
    keyFigures: { budgetEuros: null, durationMonths: null, peopleInvolved: null, ...d.keyFigures },
  };
}

export function resourceRecord(d: DemoResource): ResourceRecord {
  return { ...publication('resource', d), kind: d.kind, url: d.url ?? null };
}
