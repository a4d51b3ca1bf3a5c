import type { ConversationSort, ConversationSummary, SearchSort } from '@conversations-kit/sdk';

export interface ConversationSelectDetail {
  /** The conversation's id — what `<insights-panel conversation-id>` takes. */
  id: string;
  conversation: ConversationSummary;
}

/** Fired when the user opens a conversation (click, or Enter on the focused row). */
export type ConversationSelectEvent = CustomEvent<ConversationSelectDetail>;

export function conversationSelectEvent(conversation: ConversationSummary): ConversationSelectEvent {
  return new CustomEvent('conversation-select', { detail: { id: conversation.id, conversation }, bubbles: true, composed: true });
}

export interface SelectionChangeDetail {
  /** Ids of the selected conversations, in the order they were selected. */
  ids: string[];
  conversations: ConversationSummary[];
}

/** Fired when rows are selected or deselected (checkboxes, Space, Select all, Clear selection). */
export type SelectionChangeEvent = CustomEvent<SelectionChangeDetail>;

export function selectionChangeEvent(conversations: ConversationSummary[]): SelectionChangeEvent {
  return new CustomEvent('selection-change', { detail: { ids: conversations.map((c) => c.id), conversations }, bubbles: true, composed: true });
}

export type ExportKind = 'conversations' | 'transcripts' | 'events' | 'recording' | 'transcript' | 'latency-report';

export interface ExportCompleteDetail {
  kind: ExportKind;
  /** The name the file was saved under, e.g. `transcripts-2026-11-25-14-05-09.zip`. */
  filename: string;
  /** The file itself (hosts may upload or inspect it). */
  blob: Blob;
  /** The conversations exported. */
  ids: string[];
}

/** Fired after an export or download finished and the file was handed to the browser. */
export type ExportCompleteEvent = CustomEvent<ExportCompleteDetail>;

export function exportCompleteEvent(detail: ExportCompleteDetail): ExportCompleteEvent {
  return new CustomEvent('export-complete', { detail, bubbles: true, composed: true });
}

export interface ResultsChangeDetail {
  /** Matching conversations (the backend's count, or the rows loaded so far when it does not count). */
  total: number;
  /** False when `total` is only what has been loaded so far. */
  exact: boolean;
  /** Whether these are search results. */
  search: boolean;
  /** True when `total` is a lower bound: at least this many match (shown as "5,000+"). */
  lowerBound?: boolean;
}

/** Fired when the list (re)loaded and its size is known — `<conversations-search>` shows it as the result count. */
export type ResultsChangeEvent = CustomEvent<ResultsChangeDetail>;

export function resultsChangeEvent(detail: ResultsChangeDetail): ResultsChangeEvent {
  return new CustomEvent('results-change', { detail, bubbles: true, composed: true });
}

export interface SortChangeDetail {
  sort: ConversationSort | SearchSort;
  /** True when the sort applies to search results. */
  search: boolean;
}

/** Fired when the user changes the order from the Start Time header. */
export type SortChangeEvent = CustomEvent<SortChangeDetail>;

export function sortChangeEvent(detail: SortChangeDetail): SortChangeEvent {
  return new CustomEvent('sort-change', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'conversation-select': ConversationSelectEvent;
    'selection-change': SelectionChangeEvent;
    'export-complete': ExportCompleteEvent;
    'results-change': ResultsChangeEvent;
    'sort-change': SortChangeEvent;
  }
}
