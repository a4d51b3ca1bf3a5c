import { ConversationsTable } from './conversations-table.js';

if (!customElements.get('conversations-table')) customElements.define('conversations-table', ConversationsTable);
