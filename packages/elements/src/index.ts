/**
 * Conversations Kit elements. Importing this module defines nothing; import `./define.js`
 * (or one element's `*.define.js`) to register tags, or call `customElements.define` yourself.
 */
export { KitElement } from './base/kit-element.js';
export { clientContext, capabilitiesContext, i18nContext } from './context/contexts.js';
export type { KitClient, I18n } from './context/contexts.js';
export { ListStateStore, listStateContext } from './context/list-state.js';
export type { ListState, ListStateKey, ListResults, ListRequest, ListStateListener } from './context/list-state.js';
export { ListStateController } from './context/list-state-controller.js';
export { syncListUrl } from './context/list-url.js';
export { en, createMessages } from './i18n/messages.js';
export type { Messages, MessageKey } from './i18n/messages.js';
export { createFormatter } from './i18n/format.js';
export type { Formatter } from './i18n/format.js';
export { tokensCss, ensureTokens } from './styles/tokens.js';

export { ConversationsProvider, CapabilitiesChangeEvent } from './conversations-provider/conversations-provider.js';

export { ConversationsTable } from './conversations-table/conversations-table.js';
export type { SortOrder } from './conversations-table/conversations-table.js';
export type * from './conversations-table/events.js';

export { ConversationsSearch } from './conversations-search/conversations-search.js';
export type * from './conversations-search/events.js';

export { ConversationFilters } from './conversation-filters/conversation-filters.js';
export type * from './conversation-filters/events.js';

export { InsightsPanel } from './insights-panel/insights-panel.js';
export { InsightsCopyEvent, InsightsCloseEvent } from './insights-panel/events.js';
export type { InsightsTab, TabChangeEvent, TabChangeDetail, DispositionSavedEvent, DispositionSavedDetail, DiagnosticsOpenEvent, DiagnosticsOpenDetail, CopiedField } from './insights-panel/events.js';

export { RecordingPlayer } from './recording-player/recording-player.js';
export type { RecordingRegion } from './recording-player/recording-player.js';
export { PLAYBACK_RATES } from './recording-player/recording-player.js';
export { transcriptRegions } from './recording-player/transcript-regions.js';
export { TimeUpdateEvent } from './recording-player/events.js';
export type { WaveformReadyEvent } from './recording-player/events.js';
export type { RecordingStateChangeEvent, RecordingStateChangeDetail } from './recording-player/events.js';

export { ConversationDiagnostics } from './conversation-diagnostics/conversation-diagnostics.js';
export type { DiagnosticsTab } from './conversation-diagnostics/conversation-diagnostics.js';
export { DiagnosticsTimeEvent } from './conversation-diagnostics/events.js';
export { SipFlowDiagram } from './sip-flow-diagram/sip-flow-diagram.js';
export type * from './sip-flow-diagram/events.js';
export { QosChart } from './qos-chart/qos-chart.js';
export { CallParticipants } from './call-participants/call-participants.js';
