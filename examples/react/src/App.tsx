import { useState } from 'react';
import {
  ConversationFilters,
  ConversationsProvider,
  ConversationsSearch,
  ConversationsTable,
  InsightsPanel,
} from '@conversations-kit/react';

// Where the backend is: `?api=` and `?token=` (the example's test passes its own server), else `npm start`'s.
const params = new URLSearchParams(location.search);
const baseUrl = params.get('api') ?? 'http://localhost:8787';
const token = params.get('token') ?? 'supervisor-token';

export function App() {
  const [open, setOpen] = useState<string | undefined>();
  return (
    <ConversationsProvider baseUrl={baseUrl} token={token}>
      <main className="layout">
        <section className="list" aria-label="Conversation list">
          <div className="toolbar">
            <ConversationsSearch for="table" />
            <ConversationFilters for="table" />
          </div>
          <ConversationsTable id="table" selectedId={open} onConversationSelect={(event) => setOpen(event.detail.id)} />
        </section>
        {open && (
          <aside className="detail" aria-label="Conversation details">
            <InsightsPanel conversationId={open} onPanelClose={() => setOpen(undefined)} />
          </aside>
        )}
      </main>
    </ConversationsProvider>
  );
}
