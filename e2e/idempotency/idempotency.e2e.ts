import { demoOrganisationId } from '@fabrique/kit';
import { graphql } from '@fabrique/kit/testing';
import { bearer } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

const ISSUE = `mutation Issue($input: IssueApiTokenInput!, $key: String) { issueApiToken(input: $input, idempotencyKey: $key) { secret token { id } } }`;
const CREATE = `mutation Create($input: CreateExperienceInput!, $key: String) { createExperience(input: $input, idempotencyKey: $key) { id title } }`;
const LIVRADOIS = demoOrganisationId('cooperative-energies-citoyennes-livradois');

/** A client retrying creates through the gateway: its token is the scope of its keys. */
describe('idempotent creates through the gateway', () => {
  const stack = useStack({ seed: true });

  it('issues a token once per key, and a partner’s retried experience once', async () => {
    const input = { name: 'Livradois (relances)', role: 'PARTNER', organisationId: LIVRADOIS };
    const issued = await graphql(stack.graphqlUrl, ISSUE, { input, key: 'token-1' }, bearer(TEST_ADMIN_TOKEN));
    expect(issued.errors).toBeUndefined();
    const { secret, token } = issued.data.issueApiToken;
    // The secret is never shown twice: the retry names the token to revoke if it was lost.
    const retried = await graphql(stack.graphqlUrl, ISSUE, { input, key: 'token-1' }, bearer(TEST_ADMIN_TOKEN));
    expect(retried.errors?.map((e) => [e.extensions?.code, e.extensions?.tokenId])).toEqual([['CONFLICT', token.id]]);

    const experience = { title: 'Un réseau de chaleur relancé', territoryIds: ['COMMUNE:63430'], themeIds: ['energie'] };
    const send = () => graphql(stack.graphqlUrl, CREATE, { input: experience, key: 'experience-1' }, bearer(secret));
    const answers = await Promise.all([send(), send(), send()]);
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(answers.map((a) => a.data.createExperience.id)).size).toBe(1);
    expect((await send()).data.createExperience.id).toBe(answers[0]!.data.createExperience.id);
    // The administrator's key "experience-1" is another caller's: it creates its own experience.
    const admin = await graphql(stack.graphqlUrl, CREATE, { input: { ...experience, publisherId: LIVRADOIS }, key: 'experience-1' }, bearer(TEST_ADMIN_TOKEN));
    expect(admin.data.createExperience.id).not.toBe(answers[0]!.data.createExperience.id);
  });
});
