import { readPage, requireStaff, toConnection } from '@fabrique/kit';
import type { ActorsContext } from '../../context';
import { API_TOKEN_ORDER, type ApiTokenFilter } from '../models/apiTokens/repository';

export const Query = {
  viewer: (_: unknown, __: unknown, { identity }: ActorsContext) => identity,

  async apiTokens(_: unknown, args: { filter?: ApiTokenFilter | null; first?: number | null; after?: string | null }, context: ActorsContext) {
    requireStaff(context.identity);
    const page = readPage(args, API_TOKEN_ORDER);
    const filter = args.filter ?? {};
    const now = new Date();
    const tokens = context.repositories.apiTokens;
    return toConnection(await tokens.list(filter, page, now), page, () => tokens.count(filter, now));
  },

  apiToken(_: unknown, args: { id: string }, context: ActorsContext) {
    requireStaff(context.identity);
    return context.repositories.apiTokens.findById(args.id);
  },
};
