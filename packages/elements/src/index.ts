/**
 * Conversations Kit elements. Importing this module defines nothing; import `./define.js`
 * (or one element's `*.define.js`) to register tags, or call `customElements.define` yourself.
 */
export { KitElement } from './base/kit-element.js';
export { clientContext, capabilitiesContext, i18nContext } from './context/contexts.js';
export type { KitClient, I18n } from './context/contexts.js';
export { en, createMessages } from './i18n/messages.js';
export type { Messages, MessageKey } from './i18n/messages.js';
export { createFormatter } from './i18n/format.js';
export type { Formatter } from './i18n/format.js';
export { tokensCss, ensureTokens } from './styles/tokens.js';
export { ConversationsProvider, CapabilitiesChangeEvent } from './conversations-provider/conversations-provider.js';
export { ConversationsTable } from './conversations-table/conversations-table.js';
export type { SortOrder } from './conversations-table/conversations-table.js';
export type { ConversationSelectEvent, ConversationSelectDetail } from './conversations-table/events.js';
