import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { Channel, Conversation, EmailItem, TranscriptItem } from '@conversations-kit/sdk';
import { ArrowDown, ChevronDown, ChevronUp, MicOff, Radio, Search, X } from 'lucide';
import { KitElement } from '../../base/kit-element.js';
import { renderEmpty, renderError, renderLoading } from '../../base/states.js';
import { buttonStyles, hostStyles, stateStyles } from '../../styles/shared.styles.js';
import { popupStyles } from '../../primitives/popup.styles.js';
import { tooltip } from '../../primitives/tooltip.js';
import { icon, icons } from '../../icons/icons.js';
import { announce } from '../../util/announce.js';
import { transcriptStyles } from './insights-transcript.styles.js';
import { renderTurn } from './transcript-item.js';
import { findMatches, findTermMatches, listSearchTerms, matchesByItem, type SearchMatch } from './transcript-search.js';
import { itemNearest, itemPlayingAt } from './media-sync.js';
import { mergeItems } from './merge-items.js';
import { ItemsChangeEvent } from '../events.js';

/** What the transcript needs from a recording player (the `<recording-player>` contract). */
export interface PlayerLike extends HTMLElement {
  seek(seconds: number): void;
  play(): void | Promise<void>;
  pause(): void;
  markTime?(seconds: number | null): void;
}

/** The player's `time-update` event, read structurally so the panel works without the player's module. */
interface TimeUpdateLike extends Event {
  currentTime: number;
  playing: boolean;
}

const PAGE_SIZE = 1000;
const SEARCH_DEBOUNCE_MS = 120;
const AT_BOTTOM_PX = 48;

const isPlayer = (el: Element): el is PlayerLike => typeof (el as Partial<PlayerLike>).seek === 'function';

/**
 * @summary The Transcript tab of `<insights-panel>`: every turn (customer, AI agent, human agent,
 * system, whispers, transfers, no-input, holds, emails, LLM errors) in a virtual list, with
 * in-conversation search, per-turn latency, live growth and a recording player kept in sync.
 *
 * @event {ItemsChangeEvent} items-change - The loaded items changed (a page or a live turn arrived); read `items`.
 * @slot recording - The recording player shown above the transcript (voice only).
 * @csspart recording - The area above the transcript that holds the player or the "No Recording Available" message.
 * @csspart search - The search bar.
 * @csspart list - The scrolling list of turns.
 */
export class InsightsTranscript extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, popupStyles, transcriptStyles];

  @property({ attribute: 'conversation-id' }) conversationId?: string;
  /** The conversation's channel: voice shows the recording area. */
  @property() channel?: Channel;
  /** The conversation's recording summary; disabled recording shows the spec's message instead of a player. */
  @property({ attribute: false }) recording?: Conversation['recording'];
  /** True while the conversation is in progress (items arrive through `appendLive`). */
  @property({ type: Boolean }) live = false;
  /** False while another tab is shown: keeps the reader's place without work in the background. */
  @property({ type: Boolean }) active = true;

  /**
   * The conversation list's search (`<conversations-search>`'s query), carried into the transcript:
   * it fills the in-conversation search and highlights the same words (quoted phrases whole;
   * `-excluded` words and `OR` left out). Typing in the box searches as usual again.
   */
  @property({ attribute: false }) listSearch: string | null = null;

  @state() private items: readonly TranscriptItem[] = [];
  @state() private subject: string | null = null;
  @state() private query = '';
  @state() private searchMatches: SearchMatch[] = [];
  @state() private currentMatch = -1;
  @state() private playingIndex = -1;
  @state() private markedIndex = -1;
  @state() private newCount = 0;
  @state() private hasPlayer = false;
  /** Whether the player's recording can be played (from its `recording-state-change`); unknown until it says. */
  @state() private playable = true;
  @state() private emailDetails: EmailItem | null = null;

  @query('.scroller') private scroller?: HTMLElement;
  @query('.list') private list?: HTMLElement & VirtualizerHostElement;
  @query('dialog.email-details') private emailDialog?: HTMLDialogElement;
  @query('input[type="search"]') private searchInput?: HTMLInputElement;

  private searchTimer?: ReturnType<typeof setTimeout>;
  private searchedQuery = '';
  /** The query came from the list: match its words, not the whole text. */
  private wordMode = false;
  /** Jump to the first match once the list search finds one. */
  private revealPending = false;
  private hitsByItem = new Map<number, { match: SearchMatch; index: number }[]>();
  private followPlayback = true;
  private firstVisible = 0;
  private lastVisible = -1;
  private emailOpener?: HTMLElement;

  private readonly transcript = new Task(this, {
    task: async ([client, id], { signal }) => {
      if (!client || !id) return false;
      let cursor: string | undefined;
      do {
        const page = await client.transcripts.page(id, { cursor, limit: PAGE_SIZE }, { signal });
        if (signal.aborted) return false;
        this.subject = page.subject ?? null;
        // Show each page as it arrives: a long transcript is readable before it has fully loaded.
        this.items = mergeItems(this.items, page.items ?? []);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return true;
    },
    args: () => [this.client, this.conversationId] as const,
  });

  /** The transcript items loaded so far (read-only). */
  get transcriptItems(): readonly TranscriptItem[] {
    return this.items;
  }

  /** Reloads the transcript from the first page. */
  reload(): void {
    this.reset();
    void this.transcript.run();
  }

  /**
   * Adds items that arrived live (`transcript.appended`). Keeps the reader's place: a reader at the
   * end follows the conversation, a reader further up is told how many turns are new.
   */
  appendLive(...incoming: TranscriptItem[]): void {
    const atBottom = this.isAtBottom();
    const before = this.items.length;
    this.items = mergeItems(this.items, incoming);
    const added = this.items.length - before;
    if (added <= 0) return;
    if (atBottom && this.active) void this.scrollToEnd();
    else this.newCount += added;
  }

  /** Marks the turn at `seconds` (e.g. while hovering a diagnostics timeline); `null` clears it. */
  markTime(seconds: number | null): void {
    this.markedIndex = seconds == null || !Number.isFinite(seconds) ? -1 : itemNearest(this.items, seconds);
    if (this.markedIndex >= 0) void this.scrollToItem(this.markedIndex, 'nearest');
  }

  /** Focuses the in-conversation search box. */
  focusSearch(): void {
    this.searchInput?.focus();
  }

  /** The recording player in the `recording` slot, if any. */
  get player(): PlayerLike | undefined {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="recording"]');
    return slot?.assignedElements({ flatten: true }).find(isPlayer);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('time-update', this.onTimeUpdate);
    this.addEventListener('recording-state-change', this.onRecordingState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('time-update', this.onTimeUpdate);
    this.removeEventListener('recording-state-change', this.onRecordingState);
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('conversationId') && changed.get('conversationId') !== undefined) this.reset();
    if ((changed.has('listSearch') || changed.has('conversationId')) && this.listSearch?.trim()) {
      this.query = this.listSearch.trim();
      this.searchedQuery = this.query;
      this.wordMode = true;
      this.revealPending = true;
      this.runSearch(this.query, false);
    }
    if (changed.has('items') && this.searchedQuery) this.runSearch(this.searchedQuery, false);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Lets the panel derive things from the items (hold regions for the player) without owning them.
    if (changed.has('items')) this.dispatchEvent(new ItemsChangeEvent(this.items));
    if (changed.has('emailDetails') && this.emailDetails && this.emailDialog && !this.emailDialog.open) this.emailDialog.showModal();
  }

  private reset(): void {
    this.items = [];
    this.subject = null;
    this.searchMatches = [];
    this.hitsByItem = new Map();
    this.currentMatch = -1;
    this.playingIndex = -1;
    this.markedIndex = -1;
    this.newCount = 0;
    this.followPlayback = true;
    if (this.scroller) this.scroller.scrollTop = 0;
  }

  // ---- Scrolling -------------------------------------------------------------------------------

  private isAtBottom(): boolean {
    const s = this.scroller;
    return !s || s.scrollHeight - s.scrollTop - s.clientHeight < AT_BOTTOM_PX;
  }

  private async scrollToItem(index: number, block: ScrollLogicalPosition): Promise<void> {
    await this.updateComplete;
    const virtualizer = this.list?.[virtualizerRef];
    if (!virtualizer || index < 0) return;
    try {
      virtualizer.element(index)?.scrollIntoView({ block });
    } catch {
      // The virtualizer has not laid out its first items yet: nothing to scroll.
      return;
    }
    await virtualizer.layoutComplete.catch(() => {});
  }

  private async scrollToEnd(): Promise<void> {
    this.newCount = 0;
    await this.scrollToItem(this.items.length - 1, 'end');
    const s = this.scroller;
    if (s) s.scrollTop = s.scrollHeight;
  }

  /** Centres `el` in the scroller when it is not fully visible (never scrolls the host page). */
  private revealInScroller(el: Element | null): void {
    const s = this.scroller;
    if (!el || !s) return;
    const box = el.getBoundingClientRect();
    const view = s.getBoundingClientRect();
    if (box.top >= view.top && box.bottom <= view.bottom) return;
    s.scrollTop += box.top - view.top - (view.height - Math.min(box.height, view.height)) / 2;
  }

  /** Wheel, touch, keys or the scrollbar: the reader is steering, so stop following playback. */
  private onUserScrollIntent = (event: Event): void => {
    if (event.type === 'pointerdown' && event.target !== this.scroller) return;
    if (event.type === 'keydown' && !['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' '].includes((event as KeyboardEvent).key)) return;
    this.followPlayback = false;
  };

  private onScroll = (): void => {
    if (this.newCount > 0 && this.isAtBottom()) this.newCount = 0;
  };

  private onVisibilityChanged(event: VisibilityChangedEvent): void {
    this.firstVisible = event.first;
    this.lastVisible = event.last;
    // The reader scrolled the playing turn back into view: follow playback again.
    if (this.playingIndex >= event.first && this.playingIndex <= event.last) this.followPlayback = true;
  }

  // ---- Recording ---------------------------------------------------------------------------------

  private onTimeUpdate = (event: Event): void => {
    const { currentTime, playing } = event as TimeUpdateLike;
    if (typeof currentTime !== 'number') return;
    const index = itemPlayingAt(this.items, currentTime);
    if (index === this.playingIndex) return;
    this.playingIndex = index;
    if (index >= 0 && playing !== false && this.followPlayback && this.active) {
      const visible = index > this.firstVisible && index < this.lastVisible;
      if (!visible) void this.scrollToItem(index, 'nearest');
    }
  };

  private seek(seconds: number): void {
    const player = this.player;
    if (!player) return;
    this.followPlayback = true;
    player.seek(seconds);
    // "Play from m:ss" plays, whether or not the player was already playing.
    void player.play();
    this.playingIndex = itemPlayingAt(this.items, seconds);
  }

  private onRecordingState = (e: Event) => {
    this.playable = (e as CustomEvent<{ state: string }>).detail?.state === 'available';
  };

  private onSlotChange(): void {
    this.hasPlayer = this.player !== undefined;
  }

  // ---- Search ------------------------------------------------------------------------------------

  private onSearchInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.wordMode = false;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.runSearch(this.query, true), SEARCH_DEBOUNCE_MS);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (this.query !== this.searchedQuery) {
        clearTimeout(this.searchTimer);
        this.runSearch(this.query, true);
        return;
      }
      this.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      this.clearSearch();
    }
  }

  private runSearch(query: string, jump: boolean): void {
    this.searchedQuery = query.trim() ? query : '';
    const previous = this.searchMatches[this.currentMatch];
    this.searchMatches = this.wordMode ? findTermMatches(this.items, listSearchTerms(query), this.t) : findMatches(this.items, query, this.t);
    if (this.revealPending && this.searchMatches.length) {
      // The list search found its first match: show it once the turns are on screen.
      this.revealPending = false;
      void this.revealWhenRendered();
    }
    this.hitsByItem = matchesByItem(this.searchMatches);
    if (this.searchMatches.length === 0) {
      this.currentMatch = -1;
    } else if (jump) {
      // Like a browser's find: start from what the reader is looking at.
      const from = this.searchMatches.findIndex((m) => m.item >= this.firstVisible);
      this.currentMatch = from >= 0 ? from : 0;
      void this.revealCurrentMatch();
    } else if (previous) {
      // Items grew (more pages, live turns): stay on the same occurrence.
      const same = this.searchMatches.findIndex((m) => m.item === previous.item && m.field === previous.field && m.start === previous.start);
      this.currentMatch = same >= 0 ? same : Math.min(this.currentMatch, this.searchMatches.length - 1);
    } else {
      this.currentMatch = 0;
    }
    if (jump) announce(this.countText());
  }

  private step(direction: 1 | -1): void {
    if (this.searchMatches.length === 0) return;
    this.currentMatch = (this.currentMatch + direction + this.searchMatches.length) % this.searchMatches.length;
    void this.revealCurrentMatch();
    announce(this.countText());
  }

  private clearSearch(): void {
    clearTimeout(this.searchTimer);
    this.query = '';
    this.searchedQuery = '';
    this.wordMode = false;
    this.revealPending = false;
    this.searchMatches = [];
    this.hitsByItem = new Map();
    this.currentMatch = -1;
    this.searchInput?.focus();
  }

  private async revealWhenRendered(): Promise<void> {
    await this.updateComplete;
    for (let frame = 0; frame < 120 && !this.renderRoot.querySelector('.turn'); frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.revealCurrentMatch();
  }

  private async revealCurrentMatch(): Promise<void> {
    const match = this.searchMatches[this.currentMatch];
    if (!match) return;
    await this.scrollToItem(match.item, 'center');
    // The virtualizer keeps the item pinned while it corrects its estimates (two frames); a scroll made
    // after that is ours to make.
    for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    if (this.searchMatches[this.currentMatch] !== match) return;
    // The item is rendered now; a match deep inside a long turn or email must be centred too.
    const mark = this.renderRoot.querySelector('mark.current');
    mark?.closest('details')?.setAttribute('open', '');
    this.revealInScroller(mark);
  }

  private countText(): string {
    const t = this.t;
    if (!this.searchedQuery) return '';
    return this.searchMatches.length ? t.insightsSearchCount(this.currentMatch + 1, this.searchMatches.length) : t.insightsSearchNone;
  }

  // ---- Email details -----------------------------------------------------------------------------

  private openEmailDetails(item: EmailItem, opener: HTMLElement): void {
    this.emailOpener = opener;
    this.emailDetails = item;
  }

  private onEmailDialogClose(): void {
    this.emailDetails = null;
    this.emailOpener?.focus();
  }

  // ---- Rendering ---------------------------------------------------------------------------------

  protected override render() {
    const t = this.t;
    return html`
      ${this.channel === 'voice' ? this.renderRecording() : nothing}
      ${this.renderSearchBar()}
      ${this.subject
        ? html`<p class="subject" dir="auto"><span class="subject-label">${t.insightsSubject}</span> <span>${this.subject}</span></p>`
        : nothing}
      ${this.renderBody()}
      ${this.newCount > 0
        ? html`<button class="btn primary jump" type="button" @click=${() => void this.scrollToEnd()}>
            ${icon(ArrowDown)}${t.insightsNewTurns(this.newCount)} · ${t.insightsJumpToLatest}
          </button>`
        : nothing}
      ${this.renderEmailDialog()}
    `;
  }

  private renderRecording() {
    const t = this.t;
    const disabled = this.recording != null && (this.recording.enabled === false || this.recording.state === 'recording_disabled');
    if (disabled) {
      return html`<div class="recording disabled" part="recording" role="status">
        ${icon(MicOff)}
        <div><p class="recording-title">${t.insightsNoRecording}</p><p class="recording-message">${t.insightsRecordingDisabled}</p></div>
      </div>`;
    }
    return html`<div class="recording ${this.hasPlayer ? '' : 'empty'}" part="recording">
      <slot name="recording" @slotchange=${this.onSlotChange}></slot>
    </div>`;
  }

  private renderSearchBar() {
    const t = this.t;
    const count = this.countText();
    const none = this.searchMatches.length === 0;
    return html`<div class="search" part="search" role="search">
      <span class="search-field">
        ${icon(Search)}
        <input
          type="search"
          .value=${this.query}
          aria-label=${t.insightsSearchLabel}
          placeholder=${t.insightsSearchPlaceholder}
          autocomplete="off"
          spellcheck="false"
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeydown}
        />
        ${this.query
          ? html`<button class="icon-btn clear" type="button" aria-label=${t.insightsSearchClear} ${tooltip(t.insightsSearchClear)} @click=${this.clearSearch}>${icon(X)}</button>`
          : nothing}
      </span>
      <span class="count num" aria-live="polite" aria-atomic="true">${count}</span>
      <button class="icon-btn" type="button" aria-label=${t.insightsSearchPrevious} ${tooltip(t.insightsSearchPrevious)}
        aria-disabled=${none ? 'true' : 'false'} @click=${() => this.step(-1)}>${icon(ChevronUp)}</button>
      <button class="icon-btn" type="button" aria-label=${t.insightsSearchNext} ${tooltip(t.insightsSearchNext)}
        aria-disabled=${none ? 'true' : 'false'} @click=${() => this.step(1)}>${icon(ChevronDown)}</button>
      ${this.live ? html`<span class="live" ${tooltip(t.insightsLiveFollowing)} tabindex="0">${icon(Radio)}${t.insightsLiveBadge}</span>` : nothing}
    </div>`;
  }

  private renderBody() {
    const t = this.t;
    if (!this.client || !this.conversationId) return nothing;
    const status = this.transcript.status;
    const area = (content: unknown) => html`<div class="state-area">${content}</div>`;
    if (status === TaskStatus.ERROR && this.items.length === 0) return area(renderError(this.transcript.error, t, () => this.reload()));
    if ((status === TaskStatus.PENDING || status === TaskStatus.INITIAL) && this.items.length === 0) return area(renderLoading(t.insightsLoadingTranscript, 8));
    if (this.items.length === 0 && !this.live) return area(renderEmpty(t.insightsTranscriptEmptyTitle, t.insightsTranscriptEmptyMessage));
    const total = this.items.length;
    const canSeek = this.hasPlayer;
    return html`
      <div
        class="scroller list"
        part="list"
        role="list"
        tabindex="0"
        aria-label=${t.insightsTranscriptLabel}
        @visibilityChanged=${this.onVisibilityChanged}
        @scroll=${this.onScroll}
        @wheel=${this.onUserScrollIntent}
        @touchmove=${this.onUserScrollIntent}
        @keydown=${this.onUserScrollIntent}
        @pointerdown=${this.onUserScrollIntent}
      >
        ${virtualize({
          // The list is its own scroller: a virtualizer created inside a template that is not yet in the
          // document cannot find a scrolling ancestor, so it would follow the page's scroll instead.
          scroller: true,
          items: this.items as TranscriptItem[],
          keyFunction: (item) => item.id,
          renderItem: (item, index) =>
            renderTurn(item, index, {
              t,
              format: this.format,
              hits: this.hitsByItem.get(index),
              currentMatch: this.currentMatch,
              playing: index === this.playingIndex,
              marked: index === this.markedIndex,
              canSeek,
              seekPlayable: this.playable,
              total,
              onSeek: (s) => this.seek(s),
              onEmailDetails: (email, opener) => this.openEmailDetails(email, opener),
            }),
        })}
      </div>
      ${status === TaskStatus.PENDING ? html`<p class="more" role="status">${t.insightsLoadingMoreTranscript(total)}</p>` : nothing}
      ${status === TaskStatus.ERROR ? html`<div class="more">${renderError(this.transcript.error, t, () => void this.transcript.run())}</div>` : nothing}
    `;
  }

  private renderEmailDialog() {
    const t = this.t;
    const email = this.emailDetails;
    const list = (values: readonly (string | null)[] | undefined) =>
      !values || values.length === 0 ? t.notAvailable : values.map((v) => v ?? t.insightsHidden).join(', ');
    return html`<dialog class="email-details" aria-labelledby="email-details-title" @close=${this.onEmailDialogClose}>
      ${email
        ? html`<div class="dialog-header">
              <h2 id="email-details-title">${t.insightsEmailDetailsTitle}</h2>
              <button class="icon-btn" type="button" aria-label=${t.close} @click=${() => this.emailDialog?.close()}>${icon(icons.close)}</button>
            </div>
            <div class="dialog-body">
              <dl class="fields">
                <dt>${t.insightsSubject}</dt><dd dir="auto">${email.subject || t.notAvailable}</dd>
                <dt>${t.insightsEmailFrom}</dt><dd>${email.from ?? t.insightsHidden}</dd>
                <dt>${t.insightsEmailTo}</dt><dd>${list(email.to)}</dd>
                <dt>${t.insightsEmailCc}</dt><dd>${list(email.cc)}</dd>
                <dt>${t.insightsEmailBcc}</dt><dd>${list(email.bcc)}</dd>
              </dl>
            </div>
            <div class="dialog-footer"><button class="btn" type="button" @click=${() => this.emailDialog?.close()}>${t.close}</button></div>`
        : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'insights-transcript': InsightsTranscript;
  }
}
