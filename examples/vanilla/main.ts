// The demo host: plain DOM code, as a product team would write it. Every element is used through
// its public API only (attributes, properties, events).
import '@conversations-kit/elements/define.js';
import type { ConversationsProvider } from '@conversations-kit/elements';

const provider = document.querySelector<ConversationsProvider>('#provider')!;
const role = document.querySelector<HTMLSelectElement>('#role')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;

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

role.addEventListener('change', connect);
theme.addEventListener('change', applyTheme);
applyTheme();
connect();
