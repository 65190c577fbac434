import { Schema, type Connection, type Model } from 'mongoose';
import { assumeListReads, connectDatabase, counterStore, listReadsOf, countedBy, createRevisionModel, ensureIndexes, versionStore, type CounterKey, type Versioned } from '../src';
import { mongodbUri, testDatabase } from '../src/testing';

interface Project extends Versioned {
  status: 'DRAFT' | 'OPEN';
  region: string;
  theme: string;
  createdAt: Date;
  updatedAt: Date;
}

/** What a project counts for: open projects, per region and per theme, nationally and within their region. */
const contributions = (p: Project | null): CounterKey[] =>
  !p || p.status !== 'OPEN'
    ? []
    : ['*', `region:${p.region}`].flatMap((scope) => [
        { figure: 'count', scope, key: 'OPEN' },
        { figure: 'region', scope, key: p.region },
        { figure: 'theme', scope, key: p.theme },
      ]);

/** One instance of a service: its own connection, store and versioned collection on the shared database. */
function instance(connection: Connection) {
  const projects = connection.model<Project>('Project', new Schema<Project>({ _id: String, version: Number, status: String, region: String, theme: String, createdAt: Date, updatedAt: Date }, { versionKey: false }));
  const revisions = createRevisionModel(connection);
  const counters = counterStore(connection, { definitions: 1 });
  return { projects, revisions, counters, store: versionStore<Project>(projects, revisions, 'Project', countedBy(counters, contributions)) };
}

/** The figures computed directly from the records. */
async function direct(projects: Model<Project>, figure: 'region' | 'theme', region?: string) {
  const open = (await projects.find({ status: 'OPEN' }).lean<Project[]>().exec()).filter((p) => !region || p.region === region);
  const counts = new Map<string, number>();
  for (const p of open) counts.set(p[figure], (counts.get(p[figure]) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

const project = (id: string, region: string, theme: string, status: Project['status'] = 'OPEN'): Project => ({ _id: id, version: 1, status, region, theme, createdAt: new Date(), updatedAt: new Date() });

describe('maintained counters (real database)', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let other: Awaited<ReturnType<typeof connectDatabase>>;
  let a: ReturnType<typeof instance>;
  let b: ReturnType<typeof instance>;

  beforeAll(async () => {
    db = await testDatabase('kit');
    other = await connectDatabase({ uri: mongodbUri(), name: db.name });
    a = instance(db.connection);
    b = instance(other.connection);
    await ensureIndexes([a.projects, a.revisions, ...a.counters.models]);
  });
  afterAll(async () => {
    await other.close();
    await db.drop();
  });

  it('counts every write exactly once across two instances writing at the same time', async () => {
    const regions = ['R1', 'R2', 'R3'];
    const themes = ['energy', 'water'];
    const created = Array.from({ length: 40 }, (_, i) => project(`p${i}`, regions[i % 3]!, themes[i % 2]!, i % 5 === 0 ? 'DRAFT' : 'OPEN'));
    await Promise.all(created.map((p, i) => (i % 2 ? a : b).store.create(p, null)));
    // Then both instances move some projects at once: drafts opened, open ones closed or moved to another region.
    await Promise.all(
      created.slice(0, 20).map((p, i) =>
        (i % 2 ? b : a).store.update(p._id, 1, (current) => (i % 3 === 0 ? { ...current, status: current.status === 'OPEN' ? 'DRAFT' : 'OPEN' } : { ...current, region: 'R4' }), null),
      ),
    );
    for (const figure of ['region', 'theme'] as const) {
      expect(await a.counters.read(figure, '*')).toEqual(await direct(a.projects, figure));
      expect(await b.counters.read(figure, '*')).toEqual(await direct(a.projects, figure));
    }
    expect(await a.counters.read('theme', 'region:R4')).toEqual(await direct(a.projects, 'theme', 'R4'));
    const open = await a.projects.countDocuments({ status: 'OPEN' }).exec();
    expect(await a.counters.read('count', '*')).toEqual([{ key: 'OPEN', count: open }]);
  });

  it('holds the same figures in the counters alone once everything is folded', async () => {
    await a.counters.fold();
    const pending = await a.counters.models[1]!.countDocuments({ fold: null }).exec();
    expect(pending).toBe(0);
    const stored = (await a.counters.models[0]!.findById('region|*').lean().exec()) as { counts: Array<{ key: string; count: number }> };
    expect(new Map(stored.counts.map((c) => [c.key, c.count]))).toEqual(new Map((await direct(a.projects, 'region')).map((r) => [r.key, r.count])));
  });

  it('counts a version recorded twice (a retry, a write rolled forward) once', async () => {
    const before = await a.counters.read('theme', '*');
    const next = project('twice', 'R1', 'energy');
    await a.counters.record('projects/twice@1', [], contributions(next));
    await b.counters.record('projects/twice@1', [], contributions(next));
    const energy = (rows: Array<{ key: string; count: number }>) => rows.find((r) => r.key === 'energy')!.count;
    expect(energy(await a.counters.read('theme', '*'))).toBe(energy(before) + 1);
    await a.counters.record('projects/twice@2', contributions(next), []);
    expect(await a.counters.read('theme', '*')).toEqual(before);
  });

  it('finishes a fold that died half-way without counting anything twice', async () => {
    const [figures, changes, folds] = a.counters.models as [Model<any>, Model<any>, Model<any>];
    const before = await a.counters.read('region', '*');
    const last = (await folds.findOne({}).sort({ _id: -1 }).lean().exec()) as { _id: number };
    // A fold claimed and tagged two changes (one of the regions, one of a theme), added the regions' and died.
    await changes.create({ _id: 'x@1', counters: ['region|*|R1', 'theme|*|soil'], amounts: [1, 1], figures: ['region|*', 'theme|*'], fold: last._id + 1, at: new Date() });
    await changes.create({ _id: 'y@1', counters: ['region|*|R2', 'region|*|R1'], amounts: [1, 1], figures: ['region|*'], fold: last._id + 1, at: new Date() });
    await folds.create({ _id: last._id + 1, startedAt: new Date(Date.now() - 60_000), doneAt: null });
    const expected = before.map((row) => ({ ...row, count: row.count + (row.key === 'R1' ? 2 : row.key === 'R2' ? 1 : 0) }));
    const regions = (await figures.findById('region|*').lean().exec()) as { counts: Array<{ key: string; count: number }> };
    await figures.replaceOne({ _id: 'region|*' }, { counts: expected.map(({ key, count }) => ({ key, count })), fold: last._id + 1 }).exec();
    expect(regions.counts).toHaveLength(before.length);
    // Reads see it right while it is stalled, and after the next fold finished it.
    expect(await a.counters.read('region', '*')).toEqual(expected);
    await b.counters.fold();
    expect(((await folds.findById(last._id + 1).lean().exec()) as { doneAt: Date | null }).doneAt).not.toBeNull();
    expect(await a.counters.read('region', '*')).toEqual(expected);
    expect((await a.counters.read('theme', '*')).find((r) => r.key === 'soil')).toEqual({ key: 'soil', count: 1 });
    expect(((await figures.findById('theme|*').lean().exec()) as { counts: Array<{ key: string }> }).counts.map((c) => c.key)).toContain('soil');
  });

  it('reads a top N right while pending changes lower its first rows', async () => {
    const keys = Array.from({ length: 30 }, (_, i) => `k${String(i).padStart(2, '0')}`);
    // k00 counts 30, k01 29, ... k29 1.
    await a.counters.rebuild(keys.flatMap((key, i) => Array.from({ length: 30 - i }, () => [{ figure: 'top', scope: '*', key }])));
    // Pending (not folded): the first 25 keys drop to 0; another instance's fold is under way.
    const [, changes, folds] = a.counters.models as [Model<any>, Model<any>, Model<any>];
    const last = (await folds.findOne({}).sort({ _id: -1 }).lean().exec()) as { _id: number };
    await folds.create({ _id: last._id + 1, startedAt: new Date(), doneAt: null });
    await a.counters.record('drop@1', keys.slice(0, 25).flatMap((key, i) => Array.from({ length: 30 - i }, () => ({ figure: 'top', scope: '*', key }))), []);
    expect(await changes.countDocuments({ fold: null }).exec()).toBe(1);
    expect(await a.counters.read('top', '*', { top: 3 })).toEqual([
      { key: 'k25', count: 5 },
      { key: 'k26', count: 4 },
      { key: 'k27', count: 3 },
    ]);
    await folds.updateOne({ _id: last._id + 1 }, { $set: { doneAt: new Date() } }).exec();
  });

  it('reads the figures asked in the same tick with one query of pending changes, each read as alone', async () => {
    await a.counters.rebuild((await a.projects.find({}).lean<Project[]>().exec()).map(contributions));
    const ask = () => Promise.all([a.counters.read('region', '*'), a.counters.read('theme', '*'), a.counters.read('region', '*'), a.counters.read('theme', 'region:R1')]);
    const alone = [await a.counters.read('region', '*'), await a.counters.read('theme', '*'), await a.counters.read('region', '*'), await a.counters.read('theme', 'region:R1')];
    // The engine, asked once per connection (buildInfo): before the measure.
    const engine = await listReadsOf(db.connection);
    const together = await db.roundTrips.measure(ask);
    expect(together.result).toEqual(alone);
    // On FerretDB v1 (a `$in` is a scan there) three figure documents by their `_id`, then one query of changes;
    // elsewhere one `$in`, then the changes.
    expect(together.roundTrips).toBe(engine === 'scans' ? 4 : 2);
    assumeListReads(db.connection, engine === 'scans' ? 'ordered' : 'scans');
    const other = await db.roundTrips.measure(ask);
    assumeListReads(db.connection, engine);
    expect(other.result).toEqual(alone);
    expect(other.roundTrips).toBe(engine === 'scans' ? 2 : 4);
    // A pending change is seen by every figure of the batch it belongs to.
    await a.store.create(project('batched', 'R1', 'water'), null);
    const after = await ask();
    expect(after[3]).toEqual(await direct(a.projects, 'theme', 'R1'));
    expect(after[0]).toEqual(await direct(a.projects, 'region'));
  });

  it('reads a top N from the largest rows kept apart, and the whole figure when pending changes could reorder them', async () => {
    // 150 keys of kind A (A:000 counts 150 ... A:149 counts 1) and 3 of kind B: more than the 100 rows kept.
    const keys = [...Array.from({ length: 150 }, (_, i) => ({ key: `A:${String(i).padStart(3, '0')}`, count: 150 - i })), { key: 'B:x', count: 7 }, { key: 'B:y', count: 2 }, { key: 'B:z', count: 9 }];
    await a.counters.rebuild(keys.map(({ key, count }) => Array.from({ length: count }, () => ({ figure: 'big', scope: '*', key }))).flat().map((k) => [k]));
    const [figures] = a.counters.models as [Model<any>];
    const stored = (await figures.findById('big|*').lean().exec()) as { tops: Array<{ prefix: string; size: number; rows: unknown[] }> };
    expect(stored.tops.map((t) => [t.prefix, t.size, t.rows.length]).sort()).toEqual([['', 153, 100], ['A:', 150, 100], ['B:', 3, 3]]);
    const whole = async (top: number, keyPrefix?: string) => (await a.counters.read('big', '*', { keyPrefix })).slice(0, top);
    // The kept rows alone answer: with the counts emptied behind the counters' back, a top N is unchanged.
    const expected = [await whole(5), await whole(2, 'B:'), await whole(3, 'A:')];
    await figures.updateOne({ _id: 'big|*' }, { $set: { counts: [] } }).exec();
    expect([await a.counters.read('big', '*', { top: 5 }), await a.counters.read('big', '*', { top: 2, keyPrefix: 'B:' }), await a.counters.read('big', '*', { top: 3, keyPrefix: 'A:' })]).toEqual(expected);
    expect(expected[1]).toEqual([{ key: 'B:z', count: 9 }, { key: 'B:x', count: 7 }]);
    await a.counters.rebuild(keys.map(({ key, count }) => Array.from({ length: count }, () => [{ figure: 'big', scope: '*', key }])).flat());
    // Pending changes: the first three drop to 0, a key outside the kept rows (A:140, counting 10) rises by 200.
    await a.counters.record('reorder@1', keys.slice(0, 3).flatMap(({ key, count }) => Array.from({ length: count }, () => ({ figure: 'big', scope: '*', key }))), Array.from({ length: 200 }, () => ({ figure: 'big', scope: '*', key: 'A:140' })));
    const top = await a.counters.read('big', '*', { top: 3 });
    expect(top).toEqual([{ key: 'A:140', count: 210 }, { key: 'A:003', count: 147 }, { key: 'A:004', count: 146 }]);
    expect(await a.counters.read('big', '*', { top: 3, keyPrefix: 'A:' })).toEqual(top);
    // A top N beyond the kept rows reads the whole figure.
    expect(await a.counters.read('big', '*', { top: 120 })).toEqual((await a.counters.read('big', '*')).slice(0, 120));
    await a.counters.fold();
    expect(await a.counters.read('big', '*', { top: 3 })).toEqual(top);
  });

  it('asks for a rebuild of counters built for other definitions', async () => {
    expect(await a.counters.built()).toBe(true);
    expect(await counterStore(db.connection, { definitions: 2 }).built()).toBe(false);
  });

  it('rebuilds every counter from the records, dropping what no record counts for any more', async () => {
    const records = (await a.projects.find({}).lean<Project[]>().exec()).map(contributions);
    await a.counters.rebuild(records);
    expect(await a.counters.read('top', '*')).toEqual([]);
    expect(await a.counters.read('region', '*')).toEqual(await direct(a.projects, 'region'));
    expect(await a.counters.read('theme', 'region:R2')).toEqual(await direct(a.projects, 'theme', 'R2'));
    expect(await a.counters.built()).toBe(true);
  });

  it('checks the counters against the records, naming what differs', async () => {
    const records = () => a.projects.find({}).lean<Project[]>().exec().then((all) => all.map(contributions));
    expect((await a.counters.check(await records())).differences).toEqual([]);
    // A record written around the versioned store is not counted until a rebuild: the check names its counters.
    await a.projects.create(project('around', 'R9', 'soil'));
    const { differences } = await a.counters.check(await records());
    expect(differences).toEqual(expect.arrayContaining([{ counter: 'region|*|R9', stored: 0, expected: 1 }, { counter: 'theme|region:R9|soil', stored: 0, expected: 1 }]));
    expect(differences).toHaveLength(6);
    await a.counters.rebuild(await records());
    expect((await a.counters.check(await records())).differences).toEqual([]);
  });
});

