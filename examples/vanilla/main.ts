// The demo host: plain DOM code, as a product team would write it. Every element is used through
// its public API only (attributes, properties, events).
import '@conversations-kit/elements/define.js';
import type { ConversationsProvider, ConversationsTable, InsightsPanel } from '@conversations-kit/elements';

const provider = document.querySelector<ConversationsProvider>('#provider')!;
const table = document.querySelector<ConversationsTable>('#table')!;
const panel = document.querySelector<InsightsPanel>('#panel')!;
const detail = document.querySelector<HTMLElement>('#detail')!;
const role = document.querySelector<HTMLSelectElement>('#role')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
const supervisorView = document.querySelector<HTMLInputElement>('#supervisor-view')!;

const params = new URLSearchParams(location.search);
role.value = params.get('token') ?? localStorage.getItem('ck-demo-token') ?? role.value;
theme.value = params.get('theme') ?? localStorage.getItem('ck-demo-theme') ?? 'auto';

function applyTheme(): void {
  if (theme.value === 'auto') delete document.documentElement.dataset.ckTheme;
  else document.documentElement.dataset.ckTheme = theme.value;
  localStorage.setItem('ck-demo-theme', theme.value);
}

function connect(): void {
  provider.baseUrl = location.origin;
  provider.token = role.value;
  localStorage.setItem('ck-demo-token', role.value);
}

// Table → panel: open the conversation the user selects; the panel's Close hides it again.
table.addEventListener('conversation-select', (event) => {
  panel.summary = event.detail.conversation;
  panel.conversationId = event.detail.id;
  detail.hidden = false;
  const url = new URL(location.href);
  url.searchParams.set('conversation', event.detail.id);
  history.replaceState(null, '', url);
});
panel.addEventListener('panel-close', () => {
  detail.hidden = true;
  table.selectedId = undefined;
  const url = new URL(location.href);
  url.searchParams.delete('conversation');
  history.replaceState(null, '', url);
});

supervisorView.addEventListener('change', () => (table.supervisorView = supervisorView.checked));
role.addEventListener('change', connect);
theme.addEventListener('change', applyTheme);
applyTheme();
connect();

// A shared link may name an open conversation.
const open = params.get('conversation');
if (open) {
  panel.conversationId = open;
  table.selectedId = open;
  detail.hidden = false;
}
