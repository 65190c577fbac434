import { stableId } from '@fabrique/kit';
import { errorCodes } from '@fabrique/kit/testing';
import { as, client, startKnowledge, type Knowledge } from './support';

const SEEDED = stableId('learning-journey', 'puy-de-dome-2027');
const JOURNEY = `query($id: ID!) { learningJourney(id: $id) { id title host { id } startsOn endsOn capacity registeredCount seatsLeft registrationOpen
  visits { day time title experience { id title } place { id } } registrations { territory { id } participants } } }`;
const CREATE = `mutation($input: CreateLearningJourneyInput!) { createLearningJourney(input: $input) { id capacity host { id } visits { experience { id } } } }`;
const REGISTER = `mutation($j: ID!, $t: ID, $p: Int!) { registerForLearningJourney(journeyId: $j, territoryId: $t, participants: $p) { id territory { id } participants } }`;
const CANCEL = `mutation($j: ID!, $t: ID) { cancelJourneyRegistration(journeyId: $j, territoryId: $t) }`;

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
  let knowledge: Knowledge;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    knowledge = await startKnowledge();
    api = client(knowledge);
  });
  afterAll(() => knowledge.stop());

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
    expect((await api.send(REGISTER, { j: SEEDED, p: 0 }, as.territory('DEPARTEMENT:43'))).errors![0]!.extensions).toMatchObject({ field: 'participants' });
    expect(errorCodes(await api.send(REGISTER, { j: 'ffffffffffffffffffffffff', p: 1 }, as.territory('DEPARTEMENT:43')))).toEqual(['NOT_FOUND']);
    const past = (await api.ok(CREATE, { input: journeyInput({ startsOn: '2020-01-01', endsOn: '2020-01-02', visits: [] }) }, as.staff)).createLearningJourney;
    expect((await api.send(REGISTER, { j: past.id, p: 1 }, as.territory('DEPARTEMENT:43'))).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'journeyId' });
  });
});
