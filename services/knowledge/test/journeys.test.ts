import { stableId } from '@fabrique/kit';
import { errorCodes } from '@fabrique/kit/testing';
import { as, useKnowledge } from './support';

const SEEDED = stableId('learning-journey', 'puy-de-dome-2027');
const JOURNEY = `query($id: ID!) { learningJourney(id: $id) { id title host { id } startsOn endsOn capacity registeredCount seatsLeft registrationOpen
  visits { day time title experience { id title } place { id } } registrations { territory { id } participantCount } } }`;
const CREATE = `mutation($input: CreateLearningJourneyInput!) { createLearningJourney(input: $input) { id capacity host { id } visits { experience { id } } } }`;
const REGISTER = `mutation($j: ID!, $t: ID, $p: Int!) { registerForLearningJourney(input: { journeyId: $j, territoryId: $t, participantCount: $p }) { id territory { id } participantCount } }`;
const JOURNEY_VERSION = `query($id: ID!) { learningJourney(id: $id) { version title } }`;
const CANCEL = `mutation($j: ID!, $t: ID) { cancelJourneyRegistration(input: { journeyId: $j, territoryId: $t }) }`;

const journeyInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Voyage apprenant en Haute-Loire',
  hostTerritoryId: 'DEPARTEMENT:43',
  startsOn: '2030-05-12',
  endsOn: '2030-05-13',
  capacity: 3,
  visits: [{ day: '2030-05-12', time: '10:00', title: 'Accueil', placeId: 'COMMUNE:43157' }],
  ...overrides,
});

describe('learning journeys and registrations (real database)', () => {
  const { knowledge, api } = useKnowledge();

  it('shows the seeded Puy-de-Dôme journey with its visits linked to published experiences', async () => {
    const journey = (await api.ok(JOURNEY, { id: SEEDED })).learningJourney;
    expect(journey).toMatchObject({ host: { id: 'DEPARTEMENT:63' }, capacity: 12, registeredCount: 2, seatsLeft: 10, registrationOpen: true });
    expect(journey.visits.length).toBeGreaterThanOrEqual(4);
    expect(journey.visits.every((v: { experience: unknown }) => v.experience !== null)).toBe(true);
    expect(journey.registrations).toEqual([]);
    const inRegion = await api.ok(`{ _entities(representations: [{ __typename: "Territory", id: "REGION:84" }]) { ... on Territory { learningJourneys { totalCount edges { node { id } } } } } }`);
    expect(inRegion._entities[0].learningJourneys.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(SEEDED);
    const experience = await api.ok(`query($id: ID!) { experience(id: $id) { learningJourneys { id } } }`, { id: journey.visits[0].experience.id });
    expect(experience.experience.learningJourneys).toEqual([{ id: SEEDED }]);
    const LIST = `query($filter: LearningJourneyFilter) { learningJourneys(filter: $filter) { nodes { id } } }`;
    const listed = async (filter: Record<string, unknown>) => (await api.ok(LIST, { filter })).learningJourneys.nodes.map((j: { id: string }) => j.id);
    expect(await listed({ host: 'REGION:84', endingFrom: '2027-06-10' })).toContain(SEEDED);
    expect(await listed({ host: 'DEPARTEMENT:15' })).not.toContain(SEEDED);
    expect(await listed({ endingFrom: '2027-06-11' })).not.toContain(SEEDED);
  });

  it('shows registrations to staff and hosts, and its own to a registered territory', async () => {
    const registrations = async (headers: Record<string, string>) =>
      (await api.ok(JOURNEY, { id: SEEDED }, headers)).learningJourney.registrations.map((r: { territory: { id: string } }) => r.territory.id);
    expect(await registrations(as.staff)).toEqual(['DEPARTEMENT:15', 'EPCI:200067627']);
    expect(await registrations(as.territory('DEPARTEMENT:63'))).toHaveLength(2);
    expect(await registrations(as.territory('DEPARTEMENT:15'))).toEqual(['DEPARTEMENT:15']);
    expect(await registrations(as.territory('DEPARTEMENT:43'))).toEqual([]);
    expect(await registrations(as.livradois)).toEqual([]);
  });

  it('lets staff or the host territory create a journey, checking its input', async () => {
    expect(errorCodes(await api.send(CREATE, { input: journeyInput() }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.send(CREATE, { input: journeyInput() }, as.livradois))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.send(CREATE, { input: journeyInput() }, as.territory('DEPARTEMENT:15')))).toEqual(['FORBIDDEN']);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ endsOn: '2030-05-01' }, 'input.endsOn'],
      [{ startsOn: '2030-02-30' }, 'input.startsOn'],
      [{ capacity: 0 }, 'input.capacity'],
      [{ visits: [{ day: '2030-06-01', title: 'Hors dates' }] }, 'input.visits.0.day'],
      [{ visits: [{ day: '2030-05-12', title: 'Brouillon', experienceId: stableId('experience', 'ambert-chaufferie-bois-collective') }] }, 'input.visits.0.experienceId'],
    ];
    for (const [input, field] of cases) {
      const res = await api.send(CREATE, { input: journeyInput(input) }, as.staff);
      expect([field, res.errors?.[0]?.extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
    }
    const created = (await api.ok(CREATE, { input: journeyInput({ hostTerritoryId: undefined }) }, as.territory('DEPARTEMENT:43'))).createLearningJourney;
    expect(created).toMatchObject({ capacity: 3, host: { id: 'DEPARTEMENT:43' } });
  });

  it('never registers more territories than the capacity, even all at once', async () => {
    const { id } = (await api.ok(CREATE, { input: journeyInput() }, as.staff)).createLearningJourney;
    const candidates = ['DEPARTEMENT:01', 'DEPARTEMENT:02', 'DEPARTEMENT:03', 'DEPARTEMENT:15', 'DEPARTEMENT:19', 'DEPARTEMENT:23', 'DEPARTEMENT:42', 'DEPARTEMENT:63', 'REGION:84', 'COMMUNE:63113'];
    const results = await Promise.all(candidates.map((t) => api.send(REGISTER, { j: id, p: 2 }, as.territory(t))));
    const codes = results.map((r) => errorCodes(r)[0] ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(3);
    expect(codes.filter((c) => c !== 'OK')).toEqual(Array(7).fill('CAPACITY_REACHED'));
    const journey = (await api.ok(JOURNEY, { id }, as.staff)).learningJourney;
    expect(journey).toMatchObject({ registeredCount: 3, seatsLeft: 0, registrationOpen: false });
    // Cancelling frees the seat for someone else.
    const registered = journey.registrations[0].territory.id;
    expect((await api.ok(CANCEL, { j: id }, as.territory(registered))).cancelJourneyRegistration).toBe(true);
    expect((await api.ok(CANCEL, { j: id }, as.territory(registered))).cancelJourneyRegistration).toBe(false);
    const late = candidates.find((t) => !journey.registrations.some((r: { territory: { id: string } }) => r.territory.id === t))!;
    await api.ok(REGISTER, { j: id, p: 1 }, as.territory(late));
    expect((await api.ok(JOURNEY, { id }, as.staff)).learningJourney.registeredCount).toBe(3);
  });

  it('registers a territory once, even when it registers several times at once', async () => {
    const { id } = (await api.ok(CREATE, { input: journeyInput({ capacity: 10 }) }, as.staff)).createLearningJourney;
    const results = await Promise.all(Array.from({ length: 6 }, () => api.send(REGISTER, { j: id, t: 'DEPARTEMENT:07', p: 1 }, as.staff)));
    expect(results.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect((await api.ok(JOURNEY, { id }, as.staff)).learningJourney.registeredCount).toBe(1);
  });

  it('refuses registrations for another territory, bad numbers and started journeys', async () => {
    expect(errorCodes(await api.send(REGISTER, { j: SEEDED, t: 'DEPARTEMENT:43', p: 1 }, as.territory('DEPARTEMENT:15')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.send(REGISTER, { j: SEEDED, p: 1 }))).toEqual(['UNAUTHENTICATED']);
    expect((await api.send(REGISTER, { j: SEEDED, p: 0 }, as.territory('DEPARTEMENT:43'))).errors![0]!.extensions).toMatchObject({ field: 'input.participantCount' });
    expect(errorCodes(await api.send(REGISTER, { j: 'ffffffffffffffffffffffff', p: 1 }, as.territory('DEPARTEMENT:43')))).toEqual(['NOT_FOUND']);
    const past = (await api.ok(CREATE, { input: journeyInput({ startsOn: '2020-01-01', endsOn: '2020-01-02', visits: [] }) }, as.staff)).createLearningJourney;
    expect((await api.send(REGISTER, { j: past.id, p: 1 }, as.territory('DEPARTEMENT:43'))).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.journeyId' });
  });

  it('lets staff and the host change a journey, never lowering the capacity below a taken seat', async () => {
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: LearningJourneyChangesInput!) {
      updateLearningJourney(input: { id: $id, expectedVersion: $v, changes: $input }) { version title capacity } }`;
    const { id } = (await api.ok(CREATE, { input: journeyInput({ capacity: 4 }) }, as.staff)).createLearningJourney;
    expect((await api.ok(JOURNEY_VERSION, { id })).learningJourney.version).toBe(1);
    expect(errorCodes(await api.send(UPDATE, { id, v: 1, input: { title: 'Non' } }, as.territory('DEPARTEMENT:15')))).toEqual(['FORBIDDEN']);
    const renamed = (await api.ok(UPDATE, { id, v: 1, input: { title: 'Voyage renommé', capacity: 6 } }, as.territory('DEPARTEMENT:43'))).updateLearningJourney;
    expect(renamed).toEqual({ version: 2, title: 'Voyage renommé', capacity: 6 });
    for (const t of ['DEPARTEMENT:01', 'DEPARTEMENT:02', 'DEPARTEMENT:03']) await api.ok(REGISTER, { j: id, p: 1 }, as.territory(t));
    expect((await api.send(UPDATE, { id, v: 2, input: { capacity: 2 } }, as.staff)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.capacity' });
    expect((await api.send(UPDATE, { id, v: 2, input: {} }, as.staff)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes' });
    expect((await api.ok(UPDATE, { id, v: 2, input: { capacity: 3 } }, as.staff)).updateLearningJourney).toMatchObject({ version: 3, capacity: 3 });
    // A change from a version someone else moved past is CONFLICT, naming the current version, and changes nothing.
    const stale = await api.send(UPDATE, { id, v: 2, input: { title: 'Écrase tout' } }, as.staff);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
    expect((await api.ok(JOURNEY_VERSION, { id })).learningJourney).toEqual({ version: 3, title: 'Voyage renommé' });
    expect(errorCodes(await api.send(REGISTER, { j: id, p: 1 }, as.territory('DEPARTEMENT:04')))).toEqual(['CAPACITY_REACHED']);
  });

  it('keeps every seat within the capacity when it is lowered during registrations', async () => {
    const UPDATE = `mutation($id: ID!, $c: Int!) { updateLearningJourney(input: { id: $id, expectedVersion: 1, changes: { capacity: $c } }) { capacity } }`;
    const { id } = (await api.ok(CREATE, { input: journeyInput({ capacity: 10 }) }, as.staff)).createLearningJourney;
    for (const t of ['DEPARTEMENT:01', 'DEPARTEMENT:02']) await api.ok(REGISTER, { j: id, p: 1 }, as.territory(t));
    await Promise.all([
      api.send(UPDATE, { id, c: 3 }, as.staff),
      ...['DEPARTEMENT:05', 'DEPARTEMENT:06', 'DEPARTEMENT:07', 'DEPARTEMENT:08', 'DEPARTEMENT:09'].map((t) => api.send(REGISTER, { j: id, p: 1 }, as.territory(t))),
    ]);
    const journey = (await api.ok(`query($id: ID!) { learningJourney(id: $id) { capacity registeredCount registrations { id } } }`, { id }, as.staff)).learningJourney;
    const seats = journey.registrations.map((r: { id: string }) => Number(r.id.split('#seat-')[1]));
    expect(Math.max(...seats)).toBeLessThanOrEqual(journey.capacity);
    expect(journey.registeredCount).toBeLessThanOrEqual(journey.capacity);
  });
});
