import { canActForOrganisation, canActForTerritory, isStaff, parseTerritoryId, type Identity } from '@fabrique/kit';
import type { PublicationRecord } from '../models/publications/schema';

/**
 * Who sees and who changes experiences and resources:
 * - everyone sees PUBLISHED content, and only that (lists, search, statistics, other subgraphs);
 * - a publisher (a PARTNER acting for the publishing organisation, or a TERRITORY_MEMBER acting for
 *   the publishing territory) also sees its own drafts, submissions and archives, and edits its drafts;
 * - staff see and edit everything, and alone publish, archive and send submissions back.
 */
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

export function canSee(identity: Identity, record: Pick<PublicationRecord, 'status' | 'publisherId'>): boolean {
  return record.status === 'PUBLISHED' || canActFor(identity, record.publisherId);
}
