import { idempotentMutation } from '@fabrique/kit';
import type { ActorsContext } from '../../context';
import type { IssueInput } from '../policy';
import { issueApiToken, issuedToken, refuseReissue, revokeApiToken } from '../service';

export const Mutation = {
  // A retry with the same idempotencyKey never issues a second token, nor shows the secret again.
  issueApiToken: idempotentMutation('issueApiToken', {
    create: (context: ActorsContext, input: IssueInput, id) => issueApiToken(input, context, id),
    find: (context: ActorsContext, id) => issuedToken(id, context),
    replay: ({ token }) => refuseReissue(token),
  }),
  revokeApiToken: (_: unknown, args: { id: string }, context: ActorsContext) => revokeApiToken(args.id, context),
};
