export type * from './types.js';
export { generateSipFlow } from './sip-flow.js';
export { generateRtcpReports } from './rtcp-reports.js';
export { eModelMos, rFactor, mosFromR, mosBand, MOS_METHOD, CODEC_IMPAIRMENT, type EModelInput, type MosBand } from './e-model.js';
export { parseSdp, buildSdp, type SdpSpec } from './sdp.js';
export { createRng, hashString, type Rng } from './random.js';
