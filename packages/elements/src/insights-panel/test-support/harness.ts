// Browser-test helpers for <insights-panel>: mount against the reference server, find seeded
// conversations of a kind, read the shadow DOM, capture clipboard writes and downloads.
import { fixture, html } from '@open-wc/testing';
import type { ListConversationsParams, TranscriptItem } from '@conversations-kit/sdk';
import { testClient, until } from '../../test-support/backend.js';
import type { KitClient } from '../../context/contexts.js';
import '../insights-panel.define.js';
import type { InsightsPanel } from '../insights-panel.js';
import type { InsightsTranscript } from '../transcript/insights-transcript.js';
import type { InsightsTab } from '../events.js';

export { until, testClient };

/*
 * @lit-labs/virtualizer measures variable-height items inside its ResizeObserver callback, and the
 * list's new height then makes Chromium report "ResizeObserver loop completed with undelivered
 * notifications". It is benign and known upstream (lit/lit#3154, whose maintainers advise ignoring it in
 * tests); nothing is lost or mis-laid. Only that exact message is ignored; every other page error still fails.
 */
before(() => {
  const original = window.onerror;
  window.onerror = function (message, ...rest) {
    if (typeof message === 'string' && message.startsWith('ResizeObserver loop')) return true;
    return original ? original.call(window, message, ...rest) : false;
  };
});

export async function mount(client: KitClient | undefined, id: string | undefined, tab: InsightsTab = 'transcript', height = 700): Promise<InsightsPanel> {
  return fixture<InsightsPanel>(
    html`<insights-panel style="height: ${height}px; width: 560px" .client=${client} conversation-id=${id ?? ''} tab=${tab}></insights-panel>`,
  );
}

export const root = (panel: InsightsPanel) => panel.shadowRoot!;
export const $ = <E extends Element = HTMLElement>(panel: InsightsPanel, selector: string) => root(panel).querySelector<E>(selector as string) as E | null;
export const $$ = <E extends Element = HTMLElement>(panel: InsightsPanel, selector: string) => [...root(panel).querySelectorAll<E>(selector as string)] as E[];
export const transcriptOf = (panel: InsightsPanel) => $(panel, 'insights-transcript') as InsightsTranscript;
export const inTranscript = <E extends Element = HTMLElement>(panel: InsightsPanel, selector: string) =>
  [...(transcriptOf(panel)?.shadowRoot?.querySelectorAll<E>(selector as string) ?? [])] as E[];
export const turns = (panel: InsightsPanel) => inTranscript(panel, '.turn');
export const panelOf = (panel: InsightsPanel, tab: InsightsTab) => $(panel, `#panel-${tab}`)!;
/** Visible text of an element, including open shadow roots (what a reader sees, roughly). */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(textOf).join('');
  let text = '';
  if (node instanceof Element && node.shadowRoot) text += [...node.shadowRoot.childNodes].map(textOf).join('');
  if (node instanceof HTMLStyleElement || node instanceof HTMLTemplateElement) return text;
  return text + [...node.childNodes].map(textOf).join('');
}

export const loadedConversation = (panel: InsightsPanel) =>
  until(() => $(panel, '.customer-row .pill') && $(panel, '.header-icons'), 'conversation header');
export const loadedTranscript = (panel: InsightsPanel) => until(() => turns(panel).length > 0, 'transcript turns');
export const loadedTab = (panel: InsightsPanel, tab: InsightsTab) => until(() => panelOf(panel, tab)?.querySelector('dl.fields'), `${tab} fields`);

const admin = () => testClient('admin');
const found = new Map<string, Promise<string>>();

/** The newest conversation matching `query`, or the `skip`-th after it (cached per query). */
export function findConversation(query: ListConversationsParams, skip = 0): Promise<string> {
  const key = `${JSON.stringify(query)}#${skip}`;
  if (!found.has(key)) {
    found.set(
      key,
      admin()
        .conversations.list({ limit: skip + 1, ...query })
        .then((page) => {
          const item = page.items[skip];
          if (!item) throw new Error(`no conversation matches ${key}`);
          return item.id;
        }),
    );
  }
  return found.get(key)!;
}

const foundItems = new Map<string, Promise<{ id: string; item: TranscriptItem }>>();

/** The first conversation (newest first) whose transcript has an item matching `predicate` (cached per name). */
export function findWithItem(name: string, predicate: (item: TranscriptItem) => boolean, query: ListConversationsParams = {}): Promise<{ id: string; item: TranscriptItem }> {
  const key = `${name}:${JSON.stringify(query)}`;
  if (!foundItems.has(key)) {
    foundItems.set(
      key,
      (async () => {
        const client = admin();
        for await (const conversation of client.conversations.iterate({ limit: 50, ...query })) {
          const transcript = await client.transcripts.get(conversation.id);
          const item = transcript.items.find(predicate);
          if (item) return { id: conversation.id, item };
        }
        throw new Error(`no conversation has ${name}`);
      })(),
    );
  }
  return foundItems.get(key)!;
}

/** Captures clipboard writes (headless Chromium has no user gesture to grant clipboard access). */
export function captureClipboard(): { writes: string[]; restore(): void } {
  const writes: string[] = [];
  const clipboard = navigator.clipboard;
  const original = clipboard.writeText;
  clipboard.writeText = async (text: string) => {
    writes.push(text);
  };
  return { writes, restore: () => (clipboard.writeText = original) };
}

/** Captures files saved through `saveBlob` (object URLs of downloads) instead of letting Chromium save them. */
export function captureDownloads(): { files: { name: string; blob: Blob }[]; restore(): void } {
  const files: { name: string; blob: Blob }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    const url = create.call(URL, obj);
    if (obj instanceof Blob) blobs.set(url, obj);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) files.push({ name: this.download, blob });
    else click.call(this);
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** The text most recently spoken through the shared polite live region. */
export async function announced(expected: string): Promise<void> {
  await until(() => [...document.querySelectorAll('body > [role="status"][aria-live="polite"]')].some((r) => r.textContent === expected), `announcement "${expected}"`);
}

export function key(target: Element, key: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
}
