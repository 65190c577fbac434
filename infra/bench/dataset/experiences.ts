import type { TerritoryRecord } from '@fabrique/actors';
import { stableId, type RevisionRecord } from '@fabrique/kit';
import { claimId, fingerprintOf, applyTransition, searchEntryOf, experienceChecks as check, type ExperienceRecord, type ImportClaimRecord, type PublicationStatus, type SearchEntryRecord, type ThemeRecord } from '@fabrique/knowledge';
import { versioned, type Change } from './bulk';
import { memberOf } from './engagement';
import { GENERATED_FROM, STAFF } from './organisations';
import { AUTHOR_ROLES, FIRST_NAMES, LAST_NAMES, SECTION_TITLES, SHARED_PARAGRAPHS, THEME_BANKS } from './phrases';
import { addDays, type Random } from './random';
import type { TerritoryPool } from './territories';

const partnerOf = (organisationId: string) => `bench-partner:${organisationId}`;

/** Everything written for one experience. */
interface GeneratedExperience {
  record: ExperienceRecord;
  revisions: Array<RevisionRecord<ExperienceRecord>>;
  entry: SearchEntryRecord;
  importClaim: ImportClaimRecord | null;
}

interface ExperienceContext {
  territories: TerritoryPool;
  /** The taxonomy the knowledge seed wrote, by id. */
  themes: ReadonlyMap<string, ThemeRecord>;
  /** Organisations that publish, most active first (draws are skewed towards the start). */
  publishers: readonly string[];
  programmes: readonly string[];
  /** Conventions by territory party, to link an experience to its territory's convention. */
  conventionsByTerritory: ReadonlyMap<string, string[]>;
  now: Date;
  collection: string;
}

const fill = (text: string, place: string, random: Random) => text.replace(/\{lieu\}/g, place).replace(/\{n\}/g, () => String(random.int(3, 95)));
const placeOf = (t: TerritoryRecord) => (t.level === 'COMMUNE' ? `à ${t.name}` : `– ${t.name}`);

/** Title, summary, Markdown body, outcomes and lessons from the phrase banks of the experience's themes. */
function content(themeIds: readonly string[], territory: TerritoryRecord, random: Random) {
  const [main, ...others] = themeIds.map((id) => THEME_BANKS[id]!);
  const paragraphs = [
    `## ${SECTION_TITLES[0]}\n\n${fill(random.pick(SHARED_PARAGRAPHS), territory.name, random)} ${fill(random.pick(main!.summaries), territory.name, random)}`,
    `## ${SECTION_TITLES[1]}\n\n${random.sample(main!.paragraphs, 2).map((p) => fill(p, territory.name, random)).join('\n\n')}`,
    ...others.map((bank) => fill(random.pick(bank.paragraphs), territory.name, random)),
    `## ${SECTION_TITLES[3]}\n\n${fill(random.pick(SHARED_PARAGRAPHS), territory.name, random)}`,
  ];
  return {
    title: `${random.pick(main!.titles)} ${placeOf(territory)}`,
    summary: fill(random.pick(main!.summaries), territory.name, random),
    body: paragraphs.join('\n\n'),
    outcomes: random.sample(main!.outcomes, random.int(1, 3)).map((o) => fill(o, territory.name, random)),
    lessons: random.sample(main!.lessons, random.int(1, 2)),
  };
}

/**
 * One experience, written as its publisher and staff would have through the API: created as a draft
 * (or imported, submitted, with its import claim), submitted, published, sometimes edited or archived;
 * each step is the service's own transition (`applyTransition`), a version with its revision, and the
 * search entry is built from the last version by the service's `searchEntryOf`.
 */
export function generateExperience(index: number, context: ExperienceContext, random: Random): GeneratedExperience {
  const { territories, now } = context;
  const subThemes = Object.keys(THEME_BANKS);
  const themeIds = random.sample(subThemes, random.weighted({ one: 50, two: 35, three: 15 }) === 'one' ? 1 : random.int(2, 3));
  const territory = territories.any(random, { COMMUNE: 60, EPCI: 20, DEPARTEMENT: 15, REGION: 5 });
  const territoryIds = random.chance(0.1) ? [territory._id, territories.commune(random)._id] : [territory._id];
  const byOrganisation = random.chance(0.55) && context.publishers.length > 0;
  const publisherId = byOrganisation ? context.publishers[random.skewed(context.publishers.length)]! : territory._id;
  const subject = byOrganisation ? partnerOf(publisherId) : memberOf(publisherId);
  const conventions = context.conventionsByTerritory.get(territory._id);
  const createdAt = random.dateBetween(GENERATED_FROM, addDays(now, -3));
  const text = content(themeIds, territory, random);

  const created: ExperienceRecord = {
    _id: stableId('bench-experience', String(index)),
    version: 1,
    ...text,
    language: 'fr',
    status: 'DRAFT',
    ...check.territoryIds(territoryIds, 'input.territoryIds'),
    ...check.themeIds(themeIds, themeIds.map((id) => context.themes.get(id) ?? null), 'input.themeIds'),
    publisherId,
    programmeId: random.chance(0.15) ? random.pick(context.programmes) : null,
    moderationComment: null,
    submittedAt: null,
    publishedAt: null,
    publishedMonth: null,
    archivedAt: null,
    listedAt: createdAt,
    createdAt,
    updatedAt: createdAt,
    createdBy: subject,
    authors: Array.from({ length: random.int(1, 2) }, () => ({ name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`, role: random.pick(AUTHOR_ROLES) })),
    conventionId: conventions && random.chance(0.5) ? random.pick(conventions) : null,
    keyFigures: {
      budgetEuros: random.chance(0.7) ? random.int(1, 500) * 10_000 : null,
      durationMonths: random.chance(0.8) ? random.int(3, 60) : null,
      peopleInvolved: random.chance(0.6) ? random.int(5, 5_000) : null,
    },
  };

  const goal = random.weighted<PublicationStatus>({ PUBLISHED: 85, ARCHIVED: 3, SUBMITTED: 5, DRAFT: 7 });
  const imported = goal === 'ARCHIVED' || (goal === 'PUBLISHED' && random.chance(0.35));
  const first = imported ? applyTransition(created, 'SUBMITTED', createdAt, null) : created;
  const changes: Array<Change<ExperienceRecord>> = [];
  let at = createdAt;
  const step = (to: PublicationStatus, author: string, note: string, days: [number, number]) => {
    at = addDays(at, random.int(...days));
    if (at > now) return false;
    const moment = at;
    changes.push({ at: moment, author, note, apply: (current) => applyTransition(current, to, moment, null) });
    return true;
  };
  const edit = (author: string) => {
    at = addDays(at, random.int(1, 20));
    if (at > now) return;
    const moment = at;
    const sentence = ' Mise à jour : les premiers résultats sont confirmés.';
    changes.push({ at: moment, author, note: 'edited', apply: (current) => ({ ...current, summary: current.summary + sentence, updatedAt: moment }) });
  };
  if (goal === 'DRAFT' && random.chance(0.4)) edit(subject);
  if (goal !== 'DRAFT') {
    const onTheWay = imported || step('SUBMITTED', subject, 'submit', [0, 20]);
    if (onTheWay && goal !== 'SUBMITTED' && step('PUBLISHED', STAFF, 'publish', [1, 30])) {
      if (goal === 'ARCHIVED') step('ARCHIVED', STAFF, 'archive', [30, 400]);
      else if (imported && random.chance(0.3)) edit(STAFF);
    }
  }
  const history = versioned(context.collection, first, { author: subject, note: imported ? 'imported' : 'created', at: createdAt }, changes);
  const key = `bench-${index}`;
  return {
    record: history.record,
    revisions: history.revisions,
    entry: searchEntryOf('EXPERIENCE', history.record),
    importClaim: imported
      ? { _id: claimId(publisherId, key), publisherId, key, experienceId: first._id, fingerprint: fingerprintOf(first), claimedAt: createdAt, claimedBy: subject }
      : null,
  };
}
