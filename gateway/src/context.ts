import type { BaseContext } from '@apollo/server';
import type { Identity, Logger } from '@fabrique/kit';
import type { RequestRecord } from './http/requestRecord';

/** One context per HTTP request (shared by the operations of a batch). */
export interface GatewayContext extends BaseContext {
  identity: Identity;
  requestId: string;
  logger: Logger;
  record: RequestRecord;
}
