// Who may do what in this subgraph: every mutation is staff work, and only an administrator manages
// the most privileged API tokens; what an API token stands for, and what a token request must hold.
import { BadUserInputError, ForbiddenError, requireStaff, type Identity } from '@fabrique/kit';
import type { ActorsContext } from '../../context';
import type { IssueApiTokenInput } from '../../generated/resolvers';
import type { ApiTokenRecord, ApiTokenRole } from '../../models/apiTokens/schema';

/** Every mutation of this subgraph is staff work: refuses anonymous callers, then non-staff ones. */
export function staffAuthor(context: ActorsContext): string | null {
  requireStaff(context.identity);
  return context.identity.subject ?? null;
}

/** STAFF and ADMIN tokens carry the platform's widest rights: only an administrator hands them out. */
const PRIVILEGED: readonly ApiTokenRole[] = ['STAFF', 'ADMIN'];

/** Staff may manage tokens; only an ADMIN manages STAFF and ADMIN tokens. */
export function requireTokenManager(identity: Identity, role: ApiTokenRole): void {
  requireStaff(identity);
  if (PRIVILEGED.includes(role) && identity.role !== 'ADMIN') {
    throw new ForbiddenError(`Only an administrator may manage ${role} tokens.`);
  }
}

interface TokenFields {
  name: string;
  role: ApiTokenRole;
  organisationId: string | null;
  territoryId: string | null;
  expiresAt: Date | null;
}

const MAX_NAME = 120;

/** Checks the shape of the input (not that the organisation or territory exists). */
export function checkIssueInput(input: IssueApiTokenInput, now: Date): TokenFields {
  const name = input.name.trim();
  if (name.length === 0 || name.length > MAX_NAME) {
    throw new BadUserInputError('input.name', `A token's name is 1 to ${MAX_NAME} characters.`);
  }
  const organisationId = input.organisationId?.trim() || null;
  const territoryId = input.territoryId?.trim() || null;
  if (input.role === 'PARTNER' && !organisationId) {
    throw new BadUserInputError('input.organisationId', 'A PARTNER token needs the organisation its holder acts for.');
  }
  if (input.role === 'TERRITORY_MEMBER' && !territoryId) {
    throw new BadUserInputError('input.territoryId', 'A TERRITORY_MEMBER token needs the territory its holder acts for.');
  }
  if (organisationId && input.role !== 'PARTNER') {
    throw new BadUserInputError('input.organisationId', 'Only a PARTNER token is bound to an organisation.');
  }
  if (territoryId && input.role !== 'TERRITORY_MEMBER') {
    throw new BadUserInputError('input.territoryId', 'Only a TERRITORY_MEMBER token is bound to a territory.');
  }
  let expiresAt: Date | null = null;
  if (input.expiresAt) {
    // Its form is the DateTime scalar's to check.
    expiresAt = new Date(input.expiresAt);
    if (expiresAt.getTime() <= now.getTime()) throw new BadUserInputError('input.expiresAt', 'expiresAt must be in the future.');
  }
  return { name, role: input.role, organisationId, territoryId, expiresAt };
}

/** The identity a valid token stands for (the contract in @fabrique/kit's identity module). */
export function identityOf(token: ApiTokenRecord): Identity {
  return {
    role: token.role,
    subject: token._id,
    tokenId: token._id,
    ...(token.organisationId ? { organisationId: token.organisationId } : {}),
    ...(token.territoryId ? { territoryId: token.territoryId } : {}),
  };
}
