import type { ActorsContext } from '../context';
import type { AllianceRecord, PositionRecord } from '../models/alliances/schema';

export const Alliance = {
  id: (a: AllianceRecord) => a._id,
  operator: (a: AllianceRecord, _: unknown, { loaders }: ActorsContext) => (a.operatorId ? loaders.organisation.load(a.operatorId) : null),
  governance: (a: AllianceRecord, _: unknown, { loaders }: ActorsContext) => loaders.positionsByHolder.load(`ALLIANCE/${a._id}`),
};

export const Position = {
  id: (p: PositionRecord) => p._id,
  person: (p: PositionRecord, _: unknown, { loaders }: ActorsContext) => loaders.person.load(p.personId),
};

export const Person = {
  id: (p: { _id: string }) => p._id,
};
