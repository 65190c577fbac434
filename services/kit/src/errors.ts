// Every error a client can act on carries a machine-readable `extensions.code`.
// Anything else is an internal error and is masked outside development.

import { GraphQLError } from 'graphql';

type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ILLEGAL_TRANSITION'
  | 'CAPACITY_REACHED'
  | 'AMBIGUOUS_CODE'
  | 'SERVICE_UNAVAILABLE';

export class PlatformError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, httpStatus?: number) {
    super(message, {
      extensions: { code, ...extensions, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
    });
  }
}

/** Invalid input; `field` names the argument or input field at fault (dotted path). */
export class BadUserInputError extends PlatformError {
  constructor(field: string, message: string, extensions: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, { field, ...extensions });
  }
}

export class UnauthenticatedError extends PlatformError {
  constructor(message = 'Authentication required: send a valid API token.') {
    super('UNAUTHENTICATED', message, {}, 401);
  }
}

export class ForbiddenError extends PlatformError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends PlatformError {
  /** `field`: the argument that named it, when the id came from one (a list's filter or parent). */
  constructor(what: string, id: string, field?: string) {
    super('NOT_FOUND', `${what} "${id}" does not exist.`, { id, ...(field === undefined ? {} : { field }) });
  }
}

/** Optimistic concurrency: the caller edited an outdated version. */
export class ConflictError extends PlatformError {
  constructor(message: string, currentVersion?: number, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, { ...(currentVersion === undefined ? {} : { currentVersion }), ...extensions });
  }
}

export class IllegalTransitionError extends PlatformError {
  constructor(what: string, from: string, to: string, allowed: readonly string[]) {
    super('ILLEGAL_TRANSITION', `${what} cannot go from ${from} to ${to}.`, { from, to, allowed });
  }
}

export class CapacityReachedError extends PlatformError {
  constructor(message: string, capacity: number) {
    super('CAPACITY_REACHED', message, { capacity });
  }
}

/** A dependency of the service (its database) cannot be reached: retrying later may succeed. */
export class ServiceUnavailableError extends PlatformError {
  constructor(service: string, reason: string) {
    super('SERVICE_UNAVAILABLE', `The ${service} service is unavailable: ${reason}. Try again shortly.`, { service, reason });
  }
}

export function errorCode(error: unknown): string | undefined {
  if (error instanceof GraphQLError) return error.extensions?.code as string | undefined;
  return undefined;
}
