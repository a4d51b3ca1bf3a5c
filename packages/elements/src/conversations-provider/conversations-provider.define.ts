import { ConversationsProvider } from './conversations-provider.js';

if (!customElements.get('conversations-provider')) customElements.define('conversations-provider', ConversationsProvider);
