// Who sees and who changes experiences and resources:
// - everyone sees PUBLISHED content, and only that (lists, search, statistics, other subgraphs);
// - a publisher (a PARTNER acting for the publishing organisation, or a TERRITORY_MEMBER acting for
//   the publishing territory) also sees its own drafts, submissions and archives, and edits its drafts;
// - staff see and edit everything, and alone publish, archive and send submissions back.
// And who sees the registrations to a learning journey.
import { canActForOrganisation, canActForTerritory, ForbiddenError, isStaff, parseTerritoryId, type Identity } from '@fabrique/kit';
import type { LearningJourneyRecord, RegistrationRecord } from '../models/journeys/schema';
import type { PublicationRecord } from '../models/publications/schema';

export function canActFor(identity: Identity, actorId: string): boolean {
  return parseTerritoryId(actorId) ? canActForTerritory(identity, actorId) : canActForOrganisation(identity, actorId);
}

/** The actor a non-staff caller publishes for, if any. */
export function ownActorOf(identity: Identity): string | null {
  if (identity.role === 'PARTNER') return identity.organisationId ?? null;
  if (identity.role === 'TERRITORY_MEMBER') return identity.territoryId ?? null;
  return null;
}

/** The Mongo filter of what the caller may see. */
export function visibilityFilter(identity: Identity): Record<string, unknown> {
  if (isStaff(identity)) return {};
  const own = ownActorOf(identity);
  return own ? { $or: [{ status: 'PUBLISHED' }, { publisherId: own }] } : { status: 'PUBLISHED' };
}

function canSee(identity: Identity, record: Pick<PublicationRecord, 'status' | 'publisherId'>): boolean {
  return record.status === 'PUBLISHED' || canActFor(identity, record.publisherId);
}

/** A record the caller may see, or null (entity references and lookups by id). */
export const visibleOrNull = <R extends PublicationRecord>(record: R | null, identity: Identity): R | null =>
  record && canSee(identity, record) ? record : null;

/** A published record, or null (what a journey's visit shows, whoever asks). */
export const publishedOrNull = <R extends PublicationRecord>(record: R | null): R | null => (record?.status === 'PUBLISHED' ? record : null);

/** Revisions are the publisher's and staff's: they hold drafts never published. */
export function requireRevisionReader(identity: Identity, record: PublicationRecord): void {
  if (!canActFor(identity, record.publisherId)) throw new ForbiddenError('Only its publisher and Fabrique staff may read the revisions.');
}

/** All of a journey's registrations for staff and the host's members; the caller's own territory's otherwise. */
export function visibleRegistrations(identity: Identity, journey: LearningJourneyRecord, all: RegistrationRecord[]): RegistrationRecord[] {
  if (isStaff(identity) || (identity.role === 'TERRITORY_MEMBER' && identity.territoryId && journey.hostScope.includes(identity.territoryId))) return all;
  return identity.role === 'TERRITORY_MEMBER' ? all.filter((r) => r.territoryId === identity.territoryId) : [];
}
