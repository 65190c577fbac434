// The gateway package's front door: what the other packages of the workspace may use (package.json
// `exports` points here). Building a gateway with the options a deployment would have (the end-to-end
// suites run it in-process), and its operation files (gateway/operations/: the registered ones and the
// benchmark's), which the end-to-end suites and the benchmark send through it.
export { createGateway, type Gateway, type GatewayOptions } from './server';
export { DEFAULT_SAFELIST_PATH, loadGatewayConfig } from './config';
export { loadExamples, operationFiles, readOperation, readOperations } from './playground/examples';
