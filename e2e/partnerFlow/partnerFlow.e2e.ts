// The partner flow guides, through the gateway: submitting an incomplete draft is one BAD_USER_INPUT
// listing every missing field (and changes nothing), editing a submission names the mutation that makes
// it editable again, and a bad territory id is worded the same way by every subgraph.
import { demoOrganisationId } from '@fabrique/kit';
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { bearer } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

const ISSUE = 'mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { secret } }';
const CREATE_EXPERIENCE = 'mutation($input: CreateExperienceInput!) { createExperience(input: $input) { id version status } }';
const SUBMIT_EXPERIENCE = 'mutation($id: ID!, $v: Int!) { submitExperience(input: { id: $id, expectedVersion: $v }) { id version status } }';
const UPDATE_EXPERIENCE = 'mutation($id: ID!, $v: Int!, $input: ExperienceChangesInput!) { updateExperience(input: { id: $id, expectedVersion: $v, changes: $input }) { id version status } }';
const EXPERIENCE = 'query($id: ID!) { experience(id: $id) { version status summary } }';

describe('the partner flow guides (end to end)', () => {
  const stack = useStack({ seed: true });
  let partner: Record<string, string>;
  let staff: Record<string, string>;
  const send = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => graphql(stack.graphqlUrl, query, variables, headers);
  const ok = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
    const res = await send(query, variables, headers);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data as Record<string, any>)[0];
  };

  beforeAll(async () => {
    const issue = async (input: Record<string, unknown>) => bearer((await ok(ISSUE, { input }, bearer(TEST_ADMIN_TOKEN))).secret);
    partner = await issue({ name: 'partner flow', role: 'PARTNER', organisationId: demoOrganisationId('cooperative-energies-citoyennes-livradois') });
    staff = await issue({ name: 'partner flow staff', role: 'STAFF' });
  });

  it('refuses to submit a draft titled "T" and nothing else, listing every missing field, and changes nothing', async () => {
    const draft = await ok(CREATE_EXPERIENCE, { input: { title: 'T' } }, partner);
    const refused = await send(SUBMIT_EXPERIENCE, { id: draft.id, v: draft.version }, partner);
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    const error = refused.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary', fields: ['summary', 'body', 'territoryIds', 'themeIds'] });
    for (const word of ['summary', 'body', 'territoryIds', 'themeIds', 'updateExperience']) expect(error.message).toContain(word);
    expect(await ok(EXPERIENCE, { id: draft.id }, partner)).toEqual({ version: 1, status: 'DRAFT', summary: '' });

    // Half done: only what is still missing is listed.
    const half = await ok(UPDATE_EXPERIENCE, { id: draft.id, v: 1, input: { summary: 'Un résumé.', territoryIds: ['COMMUNE:63113'] } }, partner);
    const still = await send(SUBMIT_EXPERIENCE, { id: draft.id, v: half.version }, partner);
    expect(still.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['body', 'themeIds'] });

    const complete = await ok(UPDATE_EXPERIENCE, { id: draft.id, v: half.version, input: { body: 'Ce que nous avons fait.', themeIds: ['energie'] } }, partner);
    expect(await ok(SUBMIT_EXPERIENCE, { id: draft.id, v: complete.version }, partner)).toMatchObject({ status: 'SUBMITTED', version: complete.version + 1 });
  });

  it('names returnExperienceToDraft when a publisher edits its submission, and that mutation makes it editable again', async () => {
    const input = { title: 'Une expérience', summary: 'Résumé.', body: 'Corps.', territoryIds: ['COMMUNE:63113'], themeIds: ['energie'] };
    const draft = await ok(CREATE_EXPERIENCE, { input }, partner);
    const submitted = await ok(SUBMIT_EXPERIENCE, { id: draft.id, v: draft.version }, partner);
    const refused = await send(UPDATE_EXPERIENCE, { id: draft.id, v: submitted.version, input: { title: 'Retouche' } }, partner);
    expect(errorCodes(refused)).toEqual(['ILLEGAL_TRANSITION']);
    expect(refused.errors![0]!.message).toContain('returnExperienceToDraft');
    expect(refused.errors![0]!.message).not.toContain('withdraw');
    expect(refused.errors![0]!.extensions).toMatchObject({ hint: 'returnExperienceToDraft' });
    const back = await ok('mutation($id: ID!, $v: Int!) { returnExperienceToDraft(input: { id: $id, expectedVersion: $v }) { version status } }', { id: draft.id, v: submitted.version }, partner);
    expect(back.status).toBe('DRAFT');
    expect(await ok(UPDATE_EXPERIENCE, { id: draft.id, v: back.version, input: { title: 'Retouche' } }, partner)).toMatchObject({ status: 'DRAFT' });
  });

  it('refuses to submit a resource without summary, theme, and url or body; a complete one goes through', async () => {
    const create = 'mutation($input: CreateResourceInput!) { createResource(input: $input) { id version } }';
    const submit = 'mutation($id: ID!, $v: Int!) { submitResource(input: { id: $id, expectedVersion: $v }) { status } }';
    const bare = await ok(create, { input: { kind: 'GUIDE', title: 'Un guide' } }, partner);
    const refused = await send(submit, { id: bare.id, v: bare.version }, partner);
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.extensions).toMatchObject({ fields: ['summary', 'themeIds', 'url'] });
    expect(await ok('query($id: ID!) { resource(id: $id) { status version } }', { id: bare.id }, partner)).toEqual({ status: 'DRAFT', version: 1 });
    const withText = await ok(create, { input: { kind: 'GUIDE', title: 'Un guide', summary: 'Résumé.', body: 'Le guide.', themeIds: ['energie'] } }, partner);
    expect(await ok(submit, { id: withText.id, v: withText.version }, partner)).toEqual({ status: 'SUBMITTED' });
  });

  it('words a bad territory id the same way in every subgraph', async () => {
    const malformed = (field: string) => `${field} must be a territory id such as "DEPARTEMENT:63" or "COMMUNE:63113".`;
    const cases: Array<[string, string, Record<string, unknown>, string, string]> = [
      // [query, field, variables, code, message]: malformed ids, then unknown ones, from each subgraph.
      ['{ territories(filter: { within: "Puy" }) { totalCount } }', 'filter.within', {}, 'BAD_USER_INPUT', malformed('filter.within')],
      ['{ territory(id: "Puy") { id } }', 'id', {}, 'BAD_USER_INPUT', malformed('id')],
      ['{ conventions(filter: { territory: "Puy" }) { totalCount } }', 'filter.territory', {}, 'BAD_USER_INPUT', malformed('filter.territory')],
      ['{ experiences(filter: { territory: "Puy" }) { totalCount } }', 'filter.territory', {}, 'BAD_USER_INPUT', malformed('filter.territory')],
      ['mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', 'input.homeTerritoryId', { input: { slug: `bad-home-${process.pid}`, name: 'X', kind: 'ASSOCIATION', homeTerritoryId: 'Puy' } }, 'BAD_USER_INPUT', malformed('input.homeTerritoryId')],
      ['mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', 'input.homeTerritoryId', { input: { slug: `bad-home2-${process.pid}`, name: 'X', kind: 'ASSOCIATION', homeTerritoryId: 'COMMUNE:99999' } }, 'BAD_USER_INPUT', 'Territory "COMMUNE:99999" does not exist.'],
      ['mutation($input: CreateExperienceInput!) { createExperience(input: $input) { id } }', 'input.territoryIds.0', { input: { title: 'T', territoryIds: ['COMMUNE:99999'] } }, 'BAD_USER_INPUT', 'Territory "COMMUNE:99999" does not exist.'],
      ['{ territories(filter: { within: "COMMUNE:99999" }) { totalCount } }', 'filter.within', {}, 'NOT_FOUND', 'Territory "COMMUNE:99999" does not exist.'],
      ['{ conventions(filter: { territory: "COMMUNE:99999" }) { totalCount } }', 'filter.territory', {}, 'NOT_FOUND', 'Territory "COMMUNE:99999" does not exist.'],
    ];
    // Writes of the actors subgraph that name a territory among other kinds of record.
    const person = await ok('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { name: 'Personne' } }, staff);
    const alliance = await ok('{ alliance(slug: "fabrique-des-transitions") { id } }', {}, {});
    for (const holderId of ['Puy', 'COMMUNE:99999']) {
      const message = holderId === 'Puy' ? malformed('input.holderId') : `Territory "${holderId}" does not exist.`;
      cases.push(['mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }', 'input.holderId', { input: { personId: person.id, role: 'Maire', holderKind: 'TERRITORY', holderId } }, 'BAD_USER_INPUT', message]);
    }
    cases.push(['mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id } }', 'input.actorId', { input: { allianceId: alliance.id, actorId: 'COMMUNE:99999', since: '2026-01-01' } }, 'BAD_USER_INPUT', 'Territory "COMMUNE:99999" does not exist.']);
    cases.push(['mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { secret } }', 'input.territoryId', { input: { name: 'x', role: 'TERRITORY_MEMBER', territoryId: 'Puy' } }, 'BAD_USER_INPUT', malformed('input.territoryId')]);
    for (const [query, field, variables, code, message] of cases) {
      const headers = query.startsWith('mutation') ? (query.includes('Experience') ? partner : staff) : {};
      const res = await send(query, variables, headers);
      expect({ query, errors: res.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, field: e.extensions?.field })) }).toEqual({ query, errors: [{ message, code, field }] });
    }
  });
});
