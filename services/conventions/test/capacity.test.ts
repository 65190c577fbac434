import { errorCodes } from '@fabrique/kit/testing';
import type { ApplicationRecord } from '../src/models/applications/schema';
import type { ClaimRecord } from '../src/models/claims/schema';
import { ACT, as, cohortWithApplications, communes, dataOf, step, SUBMIT, useConventions, type TestSubgraph } from './support';

/** Every seat of a target and every application to it, straight from the database. */
async function stateOf(subgraph: TestSubgraph, targetId: string) {
  const db = subgraph.database.connection;
  const seats = await db.collection<ClaimRecord>('claims').find({ scope: targetId }).toArray();
  const applications = await db.collection<ApplicationRecord>('applications').find({ targetId }).toArray();
  return { seats, applications, held: seats.filter((s) => s.holderId !== null) };
}

/** Nothing half-written: every held seat is named by its holder, every holder of a seat names a held seat. */
function expectConsistent({ applications, held }: Awaited<ReturnType<typeof stateOf>>) {
  const byId = new Map(applications.map((a) => [a._id, a]));
  for (const seat of held) {
    const holder = byId.get(seat.holderId!);
    expect(holder?.seatId).toBe(seat._id);
    expect(['OFFERED', 'ACCEPTED']).toContain(holder?.status);
  }
  for (const a of applications.filter((x) => x.status === 'ACCEPTED' || x.status === 'OFFERED')) {
    expect(held.find((s) => s._id === a.seatId)?.holderId).toBe(a._id);
  }
}

describe('capacity is a hard rule under concurrency (real database, through HTTP)', () => {
  const t = useConventions();

  it('50 simultaneous acceptances on a cohort of 10 give exactly 10 enrolments and 40 CAPACITY_REACHED', async () => {
    const { cohortId, applications } = await cohortWithApplications(t.subgraph, 10, communes(50));
    const responses = await Promise.all(applications.map((id) => t.call(ACT('acceptApplication'), step(id, 1), as.staff())));

    const accepted = responses.filter((r) => r.data?.acceptApplication?.status === 'ACCEPTED');
    const refused = responses.filter((r) => errorCodes(r)[0] === 'CAPACITY_REACHED');
    expect(accepted).toHaveLength(10);
    expect(refused).toHaveLength(40);
    expect(refused[0]!.errors![0]!.extensions!.capacity).toBe(10);
    expect(new Set(accepted.map((r) => r.data.acceptApplication.seatNumber))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));

    const state = await stateOf(t.subgraph, cohortId);
    expect(state.held).toHaveLength(10);
    expect(state.applications.filter((a) => a.status === 'ACCEPTED')).toHaveLength(10);
    // The 40 refused applications are untouched: same status, same version, no seat.
    const untouched = state.applications.filter((a) => a.status === 'SUBMITTED');
    expect(untouched).toHaveLength(40);
    expect(untouched.every((a) => a.version === 1 && a.seatId === null && a.history.length === 1)).toBe(true);
    expectConsistent(state);

    const cohort = dataOf(await t.call(`query($id: ID!) { cohort(id: $id) { enrolledCount seatsLeft fillRate enrolments { territory { id } } } }`, { id: cohortId }));
    expect(cohort.cohort).toMatchObject({ enrolledCount: 10, seatsLeft: 0, fillRate: 1 });
  });

  it('simultaneous withdrawals offer each freed place to a different waitlisted application, in waitlist order', async () => {
    const territories = communes(8, 200);
    const { cohortId, applications } = await cohortWithApplications(t.subgraph, 4, territories);
    const [a1, a2, a3, a4, w1, w2, w3, w4] = applications as [string, string, string, string, string, string, string, string];
    for (const id of [a1, a2, a3, a4]) dataOf(await t.call(ACT('acceptApplication'), step(id, 1), as.staff()));
    for (const id of [w1, w2, w3, w4]) dataOf(await t.call(ACT('waitlistApplication'), step(id, 1), as.staff()));

    // Three enrolled territories withdraw at the same moment.
    const withdrawals = await Promise.all(
      [a1, a2, a3].map((id, i) => t.call(ACT('withdrawApplication'), step(id, 2), as.member(territories[i]!))),
    );
    withdrawals.forEach((r) => expect(dataOf(r).withdrawApplication.status).toBe('WITHDRAWN'));

    const state = await stateOf(t.subgraph, cohortId);
    const status = (id: string) => state.applications.find((a) => a._id === id)!.status;
    expect([w1, w2, w3].map(status)).toEqual(['OFFERED', 'OFFERED', 'OFFERED']);
    expect(status(w4)).toBe('WAITLISTED');
    expect(state.held).toHaveLength(4);
    expectConsistent(state);
  });

  it('gives one seat to an application accepted by several staff at once', async () => {
    const { cohortId, applications } = await cohortWithApplications(t.subgraph, 5, communes(1, 250));
    const responses = await Promise.all(Array.from({ length: 10 }, () => t.call(ACT('acceptApplication'), step(applications[0]!, 1), as.staff())));
    expect(responses.filter((r) => r.data?.acceptApplication?.status === 'ACCEPTED')).toHaveLength(1);
    // The others all started from version 1: they lost the race for the application, or saw it moved on already.
    expect(responses.flatMap((r) => errorCodes(r))).toEqual(Array(9).fill('CONFLICT'));
    const state = await stateOf(t.subgraph, cohortId);
    expect(state.held).toHaveLength(1);
    expectConsistent(state);
  });

  it('holds a programme to its national capacity when territories apply to it directly', async () => {
    const territories = communes(8, 300);
    const ids: string[] = [];
    for (const territoryId of territories) {
      const res = await t.call(SUBMIT, { input: { territoryId, programme: 'EXPERIMENTAL_SUPPORT', motivation: 'Un accompagnement sur mesure.' } }, as.member(territoryId));
      ids.push(dataOf(res).submitApplication.id);
    }
    const responses = await Promise.all(ids.map((id) => t.call(ACT('acceptApplication'), step(id, 1), as.staff())));
    // The seed's EXPERIMENTAL_SUPPORT applications are pending: all 5 national places are free.
    expect(responses.filter((r) => r.data?.acceptApplication).length).toBe(5);
    expect(responses.filter((r) => errorCodes(r)[0] === 'CAPACITY_REACHED').length).toBe(3);
  });

  it('heals a seat left taken by an acceptance that died before recording it', async () => {
    const { cohortId, applications } = await cohortWithApplications(t.subgraph, 1, communes(2, 400));
    const [ghost, next] = applications as [string, string];
    // A claim of seat 1 for `ghost` made two minutes ago, whose application write never happened.
    const claims = t.subgraph.database.connection.collection<ClaimRecord>('claims');
    await claims.insertOne({ _id: `${cohortId}#seat-1`, scope: cohortId, number: 1, holderId: ghost, heldSince: new Date(Date.now() - 120_000), version: 2 });

    const res = await t.call(ACT('acceptApplication'), step(next, 1), as.staff());
    expect(dataOf(res).acceptApplication).toMatchObject({ status: 'ACCEPTED', seatNumber: 1 });
    const state = await stateOf(t.subgraph, cohortId);
    expect(state.applications.find((a) => a._id === ghost)!.status).toBe('SUBMITTED');
    expectConsistent(state);
  });

  it('repairs a withdrawal that died before handing its seat over: the next acceptance offers it to the waitlist', async () => {
    const territories = communes(3, 420);
    const { cohortId, applications } = await cohortWithApplications(t.subgraph, 1, territories);
    const [leaver, waiting, late] = applications as [string, string, string];
    dataOf(await t.call(ACT('acceptApplication'), step(leaver, 1), as.staff()));
    dataOf(await t.call(ACT('waitlistApplication'), step(waiting, 1), as.staff()));
    // The withdrawal wrote the application, then died before handing the seat over.
    const collection = t.subgraph.database.connection.collection<ApplicationRecord>('applications');
    await collection.updateOne({ _id: leaver }, { $set: { status: 'WITHDRAWN', seatId: null } });

    const res = await t.call(ACT('acceptApplication'), step(late, 1), as.staff());
    expect(res.errors?.[0]?.extensions?.code).toBe('CAPACITY_REACHED'); // the freed place goes to the waitlist first
    const state = await stateOf(t.subgraph, cohortId);
    expect(state.applications.find((a) => a._id === waiting)!.status).toBe('OFFERED');
    expectConsistent(state);
  });
});
