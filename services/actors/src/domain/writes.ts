// What every write of this subgraph shares: the version and timestamps of a new record, who writes an
// update and which version they read, and, after the write, the request's loaders forgetting what they
// read before it (a mutation reads to check its input), so that the mutation's answer shows the new state.
import { expectedVersion, requireChanges, type VersionedRecord } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import type { Loaders } from '../loaders';
import type { AllianceRecord } from '../models/alliances/schema';
import type { MembershipRecord } from '../models/memberships/schema';
import type { OrganisationRecord } from '../models/organisations/schema';
import type { PersonRecord } from '../models/people/schema';
import { holderKey } from '../models/positions/repository';
import type { PositionRecord } from '../models/positions/schema';
import { staffAuthor } from './access/policy';

/** A new record: its fields as version 1, created and updated now. */
export function firstVersion<R extends VersionedRecord>(fields: Omit<R, keyof VersionedRecord>): R {
  const now = new Date();
  return { ...fields, version: 1, createdAt: now, updatedAt: now } as R;
}

/** What an update checks first: that staff writes it (its author), then the version the caller read. */
export const staffUpdate = (context: ActorsContext, expected: number) => ({ author: staffAuthor(context), version: expectedVersion(expected) });

/** An `update*` mutation's first checks: staffUpdate's, then that its `input.changes` changes something. */
export function staffEdit<C extends object>(context: ActorsContext, input: { id: string; expectedVersion: number; changes: C }) {
  const checked = staffUpdate(context, input.expectedVersion);
  return { ...checked, changes: requireChanges(input.changes, 'input.changes') };
}

/** Makes the request's loaders forget a record just written; each returns the record. */
export const fresh = {
  organisation(loaders: Loaders, o: OrganisationRecord) {
    loaders.organisation.clear(o._id).prime(o._id, o);
    loaders.organisationBySlug.clearAll();
    return o;
  },
  person(loaders: Loaders, p: PersonRecord) {
    loaders.person.clear(p._id).prime(p._id, p);
    return p;
  },
  position(loaders: Loaders, p: PositionRecord) {
    loaders.positionsByHolder.clear(holderKey(p));
    loaders.positionsByPerson.clear(p.personId);
    return p;
  },
  alliance(loaders: Loaders, a: AllianceRecord) {
    loaders.alliance.clear(a._id).prime(a._id, a);
    loaders.allianceBySlug.clearAll();
    return a;
  },
  membership(loaders: Loaders, m: MembershipRecord) {
    loaders.membershipsByActor.clear(m.actorId);
    loaders.membershipsByAlliance.clear(m.allianceId);
    loaders.statistics.clearAll();
    return m;
  },
};
