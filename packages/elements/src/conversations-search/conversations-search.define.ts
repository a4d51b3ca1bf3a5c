import { ConversationsSearch } from './conversations-search.js';

if (!customElements.get('conversations-search')) customElements.define('conversations-search', ConversationsSearch);
