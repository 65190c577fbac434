// Which GraphQL type stands behind an abstract one: other subgraphs refer to actors through the `Actor`
// interface (a territory id has the form `<LEVEL>:<code>`, anything else is an organisation id), and a
// position is held in a territory, an organisation or an alliance.
import type { AllianceRecord } from '../models/alliances/schema';
import type { OrganisationRecord } from '../models/organisations/schema';
import type { TerritoryRecord } from '../models/territories/schema';

/** Territories have a level, organisations a kind. */
export const actorTypeName = (actor: TerritoryRecord | OrganisationRecord) => ('level' in actor && actor.level ? 'Territory' : 'Organisation');

/** Territories have a level, organisations a kind, alliances neither. */
export const holderTypeName = (holder: TerritoryRecord | OrganisationRecord | AllianceRecord) =>
  'level' in holder && holder.level ? 'Territory' : 'kind' in holder && holder.kind ? 'Organisation' : 'Alliance';
