// The API's Date, DateTime, URL and EmailAddress scalars (services/kit/src/scalars.ts), through the
// gateway: values read in their form; a malformed one, as a variable or written in the query, is
// BAD_USER_INPUT naming the field and the expected form, refused before anything is written (never a
// validation failure with the library's raw message, never a 500).
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { bearer } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

const admin = bearer(TEST_ADMIN_TOKEN);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const CREATE_ALLIANCE = 'mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id website } }';
const ALLIANCES = '{ alliances(first: 1) { totalCount } }';
const CREATE_JOURNEY = 'mutation($input: CreateLearningJourneyInput!) { createLearningJourney(input: $input) { id startsOn endsOn } }';
const JOURNEYS = '{ learningJourneys(first: 1) { totalCount } }';
const journey = (startsOn: string, endsOn: string) => ({ input: { title: 'Voyage des scalaires', hostTerritoryId: 'DEPARTEMENT:63', startsOn, endsOn, capacity: 10 } });

/** The single error of a refused request: BAD_USER_INPUT at `field`, its message naming the field and `form`. */
function expectRefused(res: Awaited<ReturnType<typeof graphql>>, field: string, form: RegExp) {
  expect(res.status).toBe(200);
  expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  const [error] = res.errors!;
  expect(error!.extensions).toMatchObject({ field });
  expect(error!.message).toContain(field);
  expect(error!.message).toMatch(form);
}

describe('Date, DateTime, URL and EmailAddress (through the gateway)', () => {
  const stack = useStack();
  let serial = 0;
  const alliance = (website: unknown) => ({ input: { slug: `scalaires-${process.pid}-${++serial}`, name: 'Alliance des scalaires', description: 'Essai.', website } });

  it('the schema exposes the four scalars, each with the specification it follows', async () => {
    const fields = ['Date', 'DateTime', 'URL', 'EmailAddress'].map((name) => `${name}: __type(name: "${name}") { kind specifiedByURL description }`).join(' ');
    const res = await graphql(stack.graphqlUrl, `{ ${fields} }`);
    expect(res.errors).toBeUndefined();
    for (const type of Object.values(res.data as Record<string, { kind: string; specifiedByURL: string; description: string }>)) {
      expect(type.kind).toBe('SCALAR');
      expect(type.specifiedByURL).toMatch(/^https:\/\//);
      expect(type.description.length).toBeGreaterThan(20);
    }
    expect(res.data.Date.specifiedByURL).toMatch(/rfc3339/);
    expect(res.data.URL.specifiedByURL).toMatch(/rfc3986/);
  });

  it('reads a URL as stored, Dates as YYYY-MM-DD and a DateTime in UTC with milliseconds', async () => {
    const created = await graphql(stack.graphqlUrl, CREATE_ALLIANCE, alliance('https://example.org/alliance'), admin);
    expect(created.errors).toBeUndefined();
    expect(created.data.createAlliance.website).toBe('https://example.org/alliance');

    const trip = await graphql(stack.graphqlUrl, CREATE_JOURNEY, journey('2026-09-14', '2026-09-16'), admin);
    expect(trip.errors).toBeUndefined();
    expect(trip.data.createLearningJourney).toMatchObject({ startsOn: '2026-09-14', endsOn: '2026-09-16' });

    // A Date argument declared as such in the query text.
    const upcoming = await graphql(stack.graphqlUrl, 'query($from: Date) { learningJourneys(filter: { endingFrom: $from }) { edges { node { endsOn } } } }', { from: '2026-09-15' });
    expect(upcoming.errors).toBeUndefined();
    const ends = upcoming.data.learningJourneys.edges.map((e: { node: { endsOn: string } }) => e.node.endsOn);
    expect(ends).toContain('2026-09-16');
    for (const end of ends) expect(end).toMatch(DATE);

    const token = await graphql(
      stack.graphqlUrl,
      'mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token { createdAt expiresAt } } }',
      { input: { name: 'Jeton des scalaires', role: 'STAFF', expiresAt: '2030-01-31T23:00:00+02:00' } },
      admin,
    );
    expect(token.errors).toBeUndefined();
    expect(token.data.issueApiToken.token.createdAt).toMatch(DATE_TIME_UTC);
    // Any offset in; UTC out.
    expect(token.data.issueApiToken.token.expiresAt).toBe('2030-01-31T21:00:00.000Z');
  });

  it('a malformed URL is BAD_USER_INPUT on input.website, as a variable or in the query text, and nothing is written', async () => {
    const before = (await graphql(stack.graphqlUrl, ALLIANCES)).data.alliances.totalCount;
    expectRefused(await graphql(stack.graphqlUrl, CREATE_ALLIANCE, alliance('not a url'), admin), 'input.website', /absolute URL/);
    expectRefused(await graphql(stack.graphqlUrl, CREATE_ALLIANCE, alliance('https://example.org/\nnewline'), admin), 'input.website', /absolute URL/);
    const literal = `mutation { createAlliance(input: { slug: "scalaires-litteral", name: "A", description: "B", website: "www.example.org" }) { id } }`;
    expectRefused(await graphql(stack.graphqlUrl, literal, {}, admin), 'input.website', /absolute URL/);
    // Well formed but not a web address: the domain rule (http or https only) still applies.
    const ftp = await graphql(stack.graphqlUrl, CREATE_ALLIANCE, alliance('ftp://example.org/file'), admin);
    expect(errorCodes(ftp)).toEqual(['BAD_USER_INPUT']);
    expect(ftp.errors![0]!.extensions).toMatchObject({ field: 'input.website' });
    expect((await graphql(stack.graphqlUrl, ALLIANCES)).data.alliances.totalCount).toBe(before);
  });

  it('a malformed date is BAD_USER_INPUT naming the input field or argument, and nothing is written', async () => {
    const before = (await graphql(stack.graphqlUrl, JOURNEYS)).data.learningJourneys.totalCount;
    expectRefused(await graphql(stack.graphqlUrl, CREATE_JOURNEY, journey('2026-02-30', '2026-03-02'), admin), 'input.startsOn', /YYYY-MM-DD/);
    expectRefused(await graphql(stack.graphqlUrl, CREATE_JOURNEY, journey('2026-03-01', '02/03/2026'), admin), 'input.endsOn', /YYYY-MM-DD/);
    const literal = 'mutation { createLearningJourney(input: { title: "T", hostTerritoryId: "DEPARTEMENT:63", startsOn: "2026-3-1", endsOn: "2026-03-02", capacity: 5 }) { id } }';
    expectRefused(await graphql(stack.graphqlUrl, literal, {}, admin), 'input.startsOn', /YYYY-MM-DD/);
    expectRefused(await graphql(stack.graphqlUrl, '{ learningJourneys(filter: { endingFrom: "tomorrow" }) { totalCount } }'), 'filter.endingFrom', /YYYY-MM-DD/);
    // A number where a date is expected: refused the same way, never a 500.
    expectRefused(await graphql(stack.graphqlUrl, 'query($from: Date) { learningJourneys(filter: { endingFrom: $from }) { totalCount } }', { from: 20260301 }), 'filter.endingFrom', /YYYY-MM-DD/);
    // The domain rule stays: the end is not before the start.
    const backwards = await graphql(stack.graphqlUrl, CREATE_JOURNEY, journey('2026-03-02', '2026-03-01'), admin);
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect((await graphql(stack.graphqlUrl, JOURNEYS)).data.learningJourneys.totalCount).toBe(before);
  });

  it('a date-time without an offset is BAD_USER_INPUT on input.expiresAt, and no token is issued', async () => {
    const TOKENS = '{ apiTokens(first: 1) { totalCount } }';
    const before = (await graphql(stack.graphqlUrl, TOKENS, {}, admin)).data.apiTokens.totalCount;
    for (const expiresAt of ['2030-01-31', '2030-01-31T23:00:00', 'next week']) {
      const res = await graphql(
        stack.graphqlUrl,
        'mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { secret } }',
        { input: { name: 'Jeton refusé', role: 'STAFF', expiresAt } },
        admin,
      );
      expectRefused(res, 'input.expiresAt', /ISO 8601 with an offset/);
    }
    expect((await graphql(stack.graphqlUrl, TOKENS, {}, admin)).data.apiTokens.totalCount).toBe(before);
  });

  it('a production gateway gives the same refusal: a client mistake, not a masked internal error', async () => {
    const production = await stack.startGateway({ nodeEnv: 'production' });
    const res = await graphql(production.graphqlUrl, '{ learningJourneys(filter: { endingFrom: "31/12/2026" }) { totalCount } }');
    expectRefused(res, 'filter.endingFrom', /YYYY-MM-DD/);
    expect(res.errors![0]!.extensions).toMatchObject({ expected: 'Date', service: 'knowledge' });
  });
});
