// The gateway package's front door: what the other packages of the workspace may use (package.json
// `exports` points here). Building a gateway with the options a deployment would have (the end-to-end
// suites run it in-process), and its registered operations and safelist, which they send through it.
export { createGateway, type Gateway, type GatewayOptions } from './server';
export { DEFAULT_SAFELIST_PATH, loadGatewayConfig } from './config';
export { loadExamples, readOperation } from './playground/examples';
