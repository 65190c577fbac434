import type { ActorsContext } from '../../context';
import type { IssueInput } from '../policy';
import { issueApiToken, revokeApiToken } from '../service';

export const Mutation = {
  issueApiToken: (_: unknown, args: { input: IssueInput }, context: ActorsContext) => issueApiToken(args.input, context),
  revokeApiToken: (_: unknown, args: { id: string }, context: ActorsContext) => revokeApiToken(args.id, context),
};
