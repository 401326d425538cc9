export * from './generated/index.js';
export type { DeepReadonly } from './lib/deep-freeze.js';
