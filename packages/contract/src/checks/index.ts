import { basicChecks } from './basics.js';
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
  ...searchChecks,
  ...transcriptChecks,
  ...recordingChecks,
  ...diagnosticsChecks,
  ...eventChecks,
  ...permissionChecks,
  ...filterChecks,
  ...exportChecks,
  ...dispositionChecks,
  ...liveChecks,
  ...supervisorChecks,
];

export type { Check } from './check.js';
