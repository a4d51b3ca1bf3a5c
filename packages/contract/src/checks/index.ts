import { basicChecks } from './basics.js';
import { boundaryChecks } from './boundaries.js';
import { formatChecks } from './formats.js';
import { everyAnswerCheck, httpRuleChecks } from './http-rules.js';
import { piiChecks } from './pii.js';
import { plantedSearchChecks } from './planted-search.js';
import { stateRuleChecks } from './state-rules.js';
import type { Check } from './check.js';
import { conversationChecks } from './conversations.js';
import { liveChecks } from './live.js';
import { diagnosticsChecks, eventChecks, recordingChecks, transcriptChecks } from './media.js';
import { permissionChecks } from './permissions.js';
import { searchChecks } from './search.js';
import { dispositionChecks, exportChecks, filterChecks, supervisorChecks } from './writes.js';

/** Every check, in the order they run (reads before writes). */
export const ALL_CHECKS: Check[] = [
  ...basicChecks,
  ...conversationChecks,
  ...boundaryChecks,
  ...searchChecks,
  ...transcriptChecks,
  ...recordingChecks,
  ...httpRuleChecks,
  ...diagnosticsChecks,
  ...eventChecks,
  ...permissionChecks,
  ...piiChecks,
  ...formatChecks,
  ...filterChecks,
  ...stateRuleChecks,
  ...exportChecks,
  ...dispositionChecks,
  ...liveChecks,
  ...supervisorChecks,
  ...plantedSearchChecks,
  // Last: reports rule violations seen on any answer of the run.
  everyAnswerCheck,
];

export type { Check } from './check.js';
