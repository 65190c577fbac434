import { createLogger, runService } from '@fabrique/kit';
import { loadGatewayConfig } from './config';
import { createGateway } from './server';

runService('gateway', async () => {
  const config = loadGatewayConfig();
  const gateway = createGateway({ ...config, logger: createLogger('gateway', config.logLevel) });
  await gateway.listen(config.port, config.host);
  return gateway;
});
