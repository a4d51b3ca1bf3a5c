export { runConformance, formatResult } from './run.js';
export { Contract, CONTRACT_PATH } from './contract.js';
export { ALL_CHECKS } from './checks/index.js';
export type { Check } from './checks/index.js';
export type { CheckResult, CheckStatus, ConformanceOptions, ConformanceReport } from './types.js';
export { RECORDING_MESSAGES, TRANSCRIPTS_ZIP_NAME } from './spec-messages.js';
