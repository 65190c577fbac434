import type { ActorsContext } from '../context';
import type { PositionRecord } from '../models/positions/schema';
import { today } from '../input';
import { notEnded } from './lists';

export const Position = {
  id: (p: PositionRecord) => p._id,
  person: (p: PositionRecord, _: unknown, { loaders }: ActorsContext) => loaders.person.load(p.personId),
  holder(p: PositionRecord, _: unknown, { loaders }: ActorsContext) {
    if (p.holderKind === 'TERRITORY') return loaders.territory.load(p.holderId);
    if (p.holderKind === 'ORGANISATION') return loaders.organisation.load(p.holderId);
    return loaders.alliance.load(p.holderId);
  },
  current: (p: PositionRecord) => (p.since == null || p.since <= today()) && notEnded(p),
};

/** Territories have a level, organisations a kind, alliances neither. */
export const PositionHolder = {
  __resolveType: (holder: { level?: string; kind?: string }) => (holder.level ? 'Territory' : holder.kind ? 'Organisation' : 'Alliance'),
};
