import type { ServiceContext } from '@fabrique/kit';
import type { Loaders } from './loaders';
import type { Repositories } from './repositories';

/** The context of every actors resolver: identity, request id, logger, repositories and this request's loaders. */
export type ActorsContext = ServiceContext<Repositories, Loaders>;
