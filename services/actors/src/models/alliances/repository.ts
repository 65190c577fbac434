import type { Connection } from 'mongoose';
import { allianceSchema, personSchema, positionSchema, type AllianceRecord, type PersonRecord, type PositionRecord } from './schema';

export function createAllianceRepository(connection: Connection) {
  const alliances = connection.model<AllianceRecord>('Alliance', allianceSchema);
  const people = connection.model<PersonRecord>('Person', personSchema);
  const positions = connection.model<PositionRecord>('Position', positionSchema);
  return {
    models: [alliances, people, positions],
    alliances,
    people,
    positions,
    findAlliancesBySlugs: (slugs: readonly string[]) => alliances.find({ slug: { $in: slugs } }).lean<AllianceRecord[]>().exec(),
    findPeopleByIds: (ids: readonly string[]) => people.find({ _id: { $in: ids } }).lean<PersonRecord[]>().exec(),
    /** Positions held in any of these alliances, organisations or territories (holder keys `<KIND>:<id>`). */
    async findPositionsByHolders(holders: readonly string[]): Promise<PositionRecord[]> {
      const ids = holders.map((h) => h.slice(h.indexOf('/') + 1));
      const rows = await positions.find({ holderId: { $in: ids } }).sort({ since: 1, _id: 1 }).lean<PositionRecord[]>().exec();
      return rows.filter((p) => holders.includes(`${p.holderKind}/${p.holderId}`));
    },
  };
}

export type AllianceRepository = ReturnType<typeof createAllianceRepository>;
