import type { BaseContext } from '@apollo/server';
import type { Identity, Logger } from '@fabrique/kit';

export interface GatewayContext extends BaseContext {
  identity: Identity;
  requestId: string;
  logger: Logger;
}
