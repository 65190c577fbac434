import type { TerritoryRecord } from '@fabrique/actors';
import { APPLICATION_WORKFLOW, holdsSeat, moveApplication, slotId, addMonths, checkCycle, checkSessions, cohortCapacity, targetCapacity, seatId, demoApplications, type ApplicationAction, type ApplicationRecord, type ClaimRecord, type CohortRecord, type ProgrammeKind, type ProgrammeRecord } from '@fabrique/conventions';
import { demoOrganisationId, revisionOf, stableId, territoryScope, type RevisionRecord } from '@fabrique/kit';
import { versioned, type Change } from './bulk';
import { STAFF } from './organisations';
import { addDays, isoDay, type Random } from './random';
import type { TerritoryPool } from './territories';

const SESSION_TOPICS = [
  'Une vision systémique de la transition',
  'Gouvernance et conduite du changement',
  'Mobiliser les habitants et les acteurs du territoire',
  'Construire une stratégie et une feuille de route',
  'Énergie et sobriété : passer à l’action',
  'Alimentation et agriculture : le projet alimentaire territorial',
  'Évaluer et capitaliser les expériences',
  'Restitution collective et suites du cycle',
];
const MOTIVATIONS = [
  'Structurer notre démarche de transition et apprendre d’autres territoires engagés.',
  'Relier nos projets d’énergie, d’alimentation et de mobilité dans une stratégie d’ensemble.',
  'Former nos élus et nos agents à la conduite du changement.',
  'Associer davantage les habitants à la transition de notre territoire.',
  'Identifier nos forces et nos fragilités avant de lancer notre plan de transition.',
];

export const memberOf = (territoryId: string) => `bench-member:${territoryId}`;

interface GeneratedEngagement {
  cohorts: CohortRecord[];
  applications: ApplicationRecord[];
  claims: ClaimRecord[];
  revisions: RevisionRecord[];
}

interface Collections {
  cohorts: string;
  applications: string;
  claims: string;
}

/** Cohorts of the pilot programme (a one-year cycle of training days) and initiation days, as `createCohort` checks and builds them. */
function generateCohorts(count: number, programmes: Map<ProgrammeKind, ProgrammeRecord>, territories: TerritoryPool, random: Random, now: Date): CohortRecord[] {
  const cohorts: CohortRecord[] = [];
  for (let i = 0; i < count; i++) {
    const programme = programmes.get(random.chance(0.75) ? 'PILOT_COHORT' : 'INITIATION_DAY')!;
    const region = territories.get(territories.commune(random).regionId!);
    const starts = random.dateBetween(new Date('2021-09-01T09:00:00Z'), addDays(now, 120));
    const startsOn = isoDay(starts);
    const oneDay = programme.rules.maxDays === 1;
    const endsOn = oneDay ? startsOn : isoDay(addDays(new Date(`${addMonths(startsOn, programme.rules.cycleMonths ?? 12)}T09:00:00Z`), -1));
    checkCycle(programme, startsOn, endsOn, 'input.endsOn');
    const days = oneDay ? 1 : random.int(programme.rules.minDays ?? 1, programme.rules.maxDays ?? 8);
    const span = (new Date(`${endsOn}T09:00:00Z`).getTime() - starts.getTime()) / 86_400_000;
    const sessions = Array.from({ length: days }, (_, s) => ({
      id: stableId('bench-session', `${i}/${s}`),
      date: isoDay(addDays(starts, Math.floor((span * s) / days))),
      topic: oneDay ? 'Initiation aux contenus de la Fabrique des transitions' : SESSION_TOPICS[s % SESSION_TOPICS.length]!,
      place: territories.commune(random).name,
    }));
    checkSessions(programme, { startsOn, endsOn }, sessions, 'input.sessions');
    const createdAt = addDays(starts, -random.int(150, 240));
    const createdOn = createdAt < now ? createdAt : addDays(now, -1);
    cohorts.push({
      _id: stableId('bench-cohort', String(i)),
      programmeId: programme._id,
      name: oneDay ? `Journée d’initiation – ${region.name} – ${startsOn.slice(0, 7)}` : `Promotion ${region.name} ${startsOn.slice(0, 4)}-${Number(startsOn.slice(0, 4)) + 1}`,
      description: oneDay ? 'Une journée d’initiation aux contenus de la Fabrique, co-organisée avec les services de l’État.' : 'Un cycle d’un an de journées de formation et de travail collectif entre territoires engagés.',
      startsOn,
      endsOn,
      capacity: cohortCapacity(programme, oneDay ? random.int(15, 30) : null, 'input.capacity'),
      partnerIds: [demoOrganisationId('ademe'), demoOrganisationId('association-fabrique-des-transitions')],
      sessions,
      version: 1,
      createdAt: createdOn,
      updatedAt: createdOn,
    });
  }
  return cohorts;
}

interface Target {
  programme: ProgrammeRecord;
  cohort: CohortRecord | null;
  /** Applications are sent in this window, decisions come before `decideBy`. */
  opens: Date;
  decideBy: Date;
}

type Plan = Array<{ action: ApplicationAction; after: [number, number] }>;

/** The steps an application goes through after SUBMITTED, given the place it gets among its target's applicants. */
function planOf(random: Random, accepted: boolean, capacityLeft: boolean, decided: boolean): Plan {
  const reviewed = random.chance(0.5) ? [{ action: 'shortlist' as const, after: [3, 20] as [number, number] }] : [];
  if (!decided) return random.chance(0.1) ? [{ action: 'withdraw', after: [2, 30] }] : random.chance(0.4) ? reviewed : [];
  if (accepted && capacityLeft) return [...reviewed, { action: 'accept', after: [5, 40] }];
  const end = random.weighted({ reject: 60, waitlist: 25, withdraw: 15 });
  return [...reviewed, { action: end, after: [5, 40] }];
}

/**
 * Applications to cohorts and to programmes directly, each submitted by a member of its territory
 * (its slot `apply:<target>:<territory>` claimed first, as `submitApplication` does) then moved by
 * `moveApplication` (the service's workflow) version by version. An acceptance into a target with a
 * capacity takes a seat `<target>#seat-<n>` (n ≤ capacity; the target's other seats exist, free, as
 * `seatsOf` creates them on first use), so seats held never exceed the capacity.
 */
export function generateEngagement(
  counts: { cohorts: number; applications: number },
  context: { territories: TerritoryPool; programmes: readonly ProgrammeRecord[]; random: Random; now: Date; collections: Collections },
): GeneratedEngagement {
  const { territories, random, now, collections } = context;
  const programmes = new Map(context.programmes.map((p) => [p.kind, p]));
  const cohorts = generateCohorts(counts.cohorts, programmes, territories, random, now);
  const applications: ApplicationRecord[] = [];
  const claims: ClaimRecord[] = [];
  const revisions: RevisionRecord[] = [];

  // Territories that apply: communes, EPCIs, départements; not those the demo data has applying already.
  const demo = new Set(demoApplications.map((a) => a.territoryId));
  const applicants: TerritoryRecord[] = [...territories.byLevel.COMMUNE, ...territories.byLevel.EPCI, ...territories.byLevel.DEPARTEMENT].filter((t) => !demo.has(t._id));

  const direct: Array<[ProgrammeKind, number]> = [['INITIATION_DAY', 0.1], ['SHORT_DIAGNOSTIC', 0.1], ['EXPERIMENTAL_SUPPORT', 0.05]];
  const targets: Array<{ target: Target; count: number }> = [];
  const toCohorts = cohorts.length > 0 ? Math.round(counts.applications * 0.75) : 0;
  cohorts.forEach((cohort, i) => {
    const starts = new Date(`${cohort.startsOn}T09:00:00Z`);
    const count = Math.floor(toCohorts / cohorts.length) + (i < toCohorts % cohorts.length ? 1 : 0);
    targets.push({ target: { programme: context.programmes.find((p) => p._id === cohort.programmeId)!, cohort, opens: addDays(starts, -150), decideBy: addDays(starts, -10) }, count });
  });
  const toProgrammes = counts.applications - toCohorts;
  let left = toProgrammes;
  direct.forEach(([kind, share], i) => {
    const count = i === direct.length - 1 ? left : Math.round((toProgrammes * share) / 0.25);
    left -= count;
    targets.push({ target: { programme: programmes.get(kind)!, cohort: null, opens: new Date('2021-03-01T09:00:00Z'), decideBy: now }, count });
  });

  let serial = 0;
  for (const { target, count } of targets) {
    const targetId = target.cohort?._id ?? target.programme._id;
    const capacity = targetCapacity(target.programme, target.cohort);
    let seatsTaken = 0;
    // At most one open application per territory and target: each territory applies once.
    const applying = random.sample(applicants, count);
    // About a sixth of the applicants are accepted (as many as there are seats, at most).
    const toAccept = Math.max(1, Math.round(applying.length / 6));
    applying.forEach((territory, rank) => {
      const id = stableId('bench-application', String(serial++));
      const submittedAt = random.dateBetween(target.opens, target.decideBy < now ? addDays(target.decideBy, -20) : now);
      if (submittedAt > now) return;
      const member = memberOf(territory._id);
      const wantsSeat = rank < toAccept && (capacity === null || target.programme.kind !== 'EXPERIMENTAL_SUPPORT');
      const plan = planOf(random, wantsSeat, capacity === null || seatsTaken < capacity, target.decideBy <= now || random.chance(0.2));
      const submitted: ApplicationRecord = {
        _id: id,
        territoryId: territory._id,
        territoryScope: territoryScope([territory._id]),
        programmeId: target.programme._id,
        cohortId: target.cohort?._id ?? null,
        targetId,
        motivation: `${MOTIVATIONS[rank % MOTIVATIONS.length]} (Candidature générée pour les bancs d’essai.)`,
        status: 'SUBMITTED',
        seatId: null,
        waitlistedAt: null,
        enrolledAt: null,
        history: [{ from: null, to: 'SUBMITTED', at: submittedAt, by: member, note: null }],
        version: 1,
        createdAt: submittedAt,
        updatedAt: submittedAt,
      };
      const changes: Array<Change<ApplicationRecord>> = [];
      let at = submittedAt;
      for (const step of plan) {
        at = addDays(at, random.int(...step.after));
        if (at > now) break;
        const rule = APPLICATION_WORKFLOW[step.action];
        const by = rule.by === 'staff' ? STAFF : member;
        let seat: string | null = null;
        if (holdsSeat(rule.to) && capacity !== null) {
          seat = seatId(targetId, ++seatsTaken);
          const free: ClaimRecord = { _id: seat, scope: targetId, number: seatsTaken, holderId: null, heldSince: new Date(0), version: 1 };
          const held: ClaimRecord = { ...free, holderId: id, heldSince: at, version: 2 };
          claims.push(held);
          revisions.push(revisionOf(collections.claims, free, held, by, `taken by application ${id}`, at) as unknown as RevisionRecord);
        }
        const moment = at;
        changes.push({ at: moment, author: by, note: step.action, apply: (current) => moveApplication(current, rule, { at: moment, by, note: null, seatId: seat }) });
      }
      const history = versioned(collections.applications, submitted, { author: member, note: 'submitted', at: submittedAt }, changes);
      applications.push(history.record);
      revisions.push(...(history.revisions as unknown as RevisionRecord[]));
      // The slot, claimed before the application was written (created free, then taken: version 2).
      const freeSlot: ClaimRecord = { _id: slotId(targetId, territory._id), scope: 'apply', number: 0, holderId: null, heldSince: new Date(0), version: 1 };
      const slot: ClaimRecord = { ...freeSlot, holderId: id, heldSince: submittedAt, version: 2 };
      claims.push(slot);
      revisions.push(revisionOf(collections.claims, freeSlot, slot, member, `application ${id}`, submittedAt) as unknown as RevisionRecord);
    });
    // The target's other seats, created free with the first one taken.
    if (capacity !== null && seatsTaken > 0) {
      for (let n = seatsTaken + 1; n <= capacity; n++) claims.push({ _id: seatId(targetId, n), scope: targetId, number: n, holderId: null, heldSince: new Date(0), version: 1 });
    }
  }
  for (const cohort of cohorts) {
    const history = versioned(collections.cohorts, cohort, { author: STAFF, note: 'created', at: cohort.createdAt });
    revisions.push(...(history.revisions as unknown as RevisionRecord[]));
  }
  return { cohorts, applications, claims, revisions };
}
