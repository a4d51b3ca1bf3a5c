import { InsightsTranscript } from './transcript/insights-transcript.js';
import { InsightsDispositionDialog } from './details/disposition-dialog.js';
import { InsightsDispositionLog } from './details/disposition-log-dialog.js';
import { InsightsEventsDialog } from './events/events-dialog.js';

/** The panel's inner elements and their tags. */
export const panelParts = {
  'insights-transcript': InsightsTranscript,
  'insights-disposition-dialog': InsightsDispositionDialog,
  'insights-disposition-log': InsightsDispositionLog,
  'insights-events-dialog': InsightsEventsDialog,
} as const;

/**
 * Registers the panel's inner elements (once). The panel calls this when it connects, so a host that
 * registers `InsightsPanel` under its own tag name still gets a working panel.
 */
export function definePanelParts(): void {
  for (const [tag, ctor] of Object.entries(panelParts)) if (!customElements.get(tag)) customElements.define(tag, ctor);
}
