// Completes records written by the first version of this service (a demo database started before):
// search names, home scopes, versions and timestamps it did not store. Only the few records lacking a
// field are read and updated; running it again finds none.
import type { AnyModel } from '@fabrique/kit';
import { nameFields } from '../domain/search';
import type { Repositories } from '../repositories';

const missing = (...fields: string[]) => ({ $or: fields.map((field) => ({ [field]: { $exists: false } })) });

export async function upgradeFirstVersionRecords(repositories: Repositories, scopeOf: (territoryId: string) => string[], at: Date): Promise<number> {
  const stamps = (doc: { version?: number; createdAt?: Date }) => ({
    ...(doc.version === undefined ? { version: 1 } : {}),
    ...(doc.createdAt === undefined ? { createdAt: at, updatedAt: at } : {}),
  });
  let upgraded = 0;
  const upgrade = async <T extends { _id: string }>(model: AnyModel, fields: string[], changes: (doc: T) => object) => {
    for (const doc of (await model.find(missing(...fields)).lean().exec()) as T[]) {
      await model.updateOne({ _id: doc._id }, { $set: changes(doc) }).exec();
      upgraded += 1;
    }
  };
  type Named = { _id: string; name: string; version?: number; createdAt?: Date };
  await upgrade<Named & { homeTerritoryId: string | null }>(repositories.organisations.model, ['searchName', 'homeScope'], (o) => ({
    ...nameFields(o.name),
    homeScope: o.homeTerritoryId ? scopeOf(o.homeTerritoryId) : [],
    ...stamps(o),
  }));
  await upgrade<Named>(repositories.people.model, ['searchName', 'version', 'createdAt'], (p) => ({ ...nameFields(p.name), ...stamps(p) }));
  await upgrade<Named>(repositories.alliances.model, ['searchName', 'createdAt'], (a) => ({ searchName: nameFields(a.name).searchName, ...stamps(a) }));
  await upgrade<Named>(repositories.positions.model, ['version', 'createdAt'], (p) => stamps(p));
  return upgraded;
}
