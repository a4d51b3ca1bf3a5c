import { ConversationFilters } from './conversation-filters.js';

if (!customElements.get('conversation-filters')) customElements.define('conversation-filters', ConversationFilters);
