import { createLogger, runService } from '@fabrique/kit';
import { loadGatewayConfig } from './config';
import { createGateway } from './server';

runService('gateway', async () => {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.logLevel);
  const gateway = createGateway({ ...config, logger });
  await gateway.listen(config.port, config.host);
  if (config.metricsPort > 0) logger.info({ url: await gateway.listenMetrics(config.metricsPort, config.metricsHost) }, 'metrics served');
  if (config.bootstrapAdminToken) logger.warn('BOOTSTRAP_ADMIN_TOKEN is set: it is accepted as an ADMIN token. Unset it once real tokens exist.');
  return gateway;
});
