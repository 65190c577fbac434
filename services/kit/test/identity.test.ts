import { ANONYMOUS, requireStaff, signIdentity, verifyIdentity, type Identity } from '../src';

const secret = 'a-secret-of-at-least-thirty-two-characters';
const partner: Identity = { role: 'PARTNER', subject: 'token-owner', organisationId: 'org-1', tokenId: 't1' };

describe('the identity contract', () => {
  it('round-trips a signed identity', () => {
    expect(verifyIdentity(signIdentity(partner, secret), secret)).toEqual(partner);
  });

  it('treats a missing header as anonymous', () => {
    expect(verifyIdentity(undefined, secret)).toEqual(ANONYMOUS);
  });

  it('refuses a forged, tampered or expired identity with UNAUTHENTICATED', () => {
    const forged = signIdentity({ role: 'STAFF' }, 'another-secret-of-thirty-two-characters');
    const [version, payload, signature] = signIdentity(partner, secret).split('.');
    const escalated = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'ADMIN' })).toString('base64url');
    const expired = signIdentity(partner, secret, Date.now() - 120_000);
    for (const header of [forged, `${version}.${escalated}.${signature}`, expired, 'not-an-identity', `{"role":"STAFF"}`]) {
      expect(() => verifyIdentity(header, secret)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    }
  });

  it('separates unauthenticated from forbidden', () => {
    expect(() => requireStaff(ANONYMOUS)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    expect(() => requireStaff(partner)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
    expect(() => requireStaff({ role: 'STAFF', subject: 's' })).not.toThrow();
  });
});
