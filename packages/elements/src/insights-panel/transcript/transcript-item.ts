import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { EmailItem, MessageItem, TranscriptItem } from '@conversations-kit/sdk';
import { ArrowLeftRight, Bot, CirclePause, Ear, Headset, Mail, MicOff, Play, TriangleAlert, User, Info } from 'lucide';
import { icon } from '../../icons/icons.js';
import { tooltip } from '../../primitives/tooltip.js';
import type { Formatter } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import { textSegments, type Range } from './text-segments.js';
import { latencyDefinitions, latencyMetrics } from './latency.js';
import { searchableFields, type SearchMatch } from './transcript-search.js';

/** What a turn needs from the transcript around it. */
export interface TurnContext {
  t: Messages;
  format: Formatter;
  /** Search hits in this item, with their position in the full match list. */
  hits: readonly { match: SearchMatch; index: number }[] | undefined;
  currentMatch: number;
  playing: boolean;
  marked: boolean;
  /** Offsets become buttons that seek the recording when a player is present. */
  canSeek: boolean;
  /** False when the player says there is nothing to play: the offsets stay, disabled with the reason. */
  seekPlayable: boolean;
  onSeek(seconds: number): void;
  onEmailDetails(item: EmailItem, opener: HTMLElement): void;
  /** Total items, for aria-setsize. */
  total: number;
}

/** Text with PII redactions shown as redactions (the backend already masked them) and search hits marked. */
export function renderText(text: string, redactions: MessageItem['redactions'] | undefined, hits: readonly (Range & { current: boolean })[], t: Messages) {
  return textSegments(text ?? '', redactions ?? [], hits).map((segment) => {
    let content: TemplateResult | string = segment.text;
    if (segment.redaction) {
      const entity = segment.redaction.replace(/_/g, ' ');
      content = html`<span class="redaction" title=${t.insightsRedactedTitle(entity)}
        >${segment.redactionStart ? html`<span class="visually-hidden">${t.insightsRedacted(entity)}</span>` : nothing}<span
          aria-hidden="true"
          >${segment.text}</span
        ></span
      >`;
    }
    return segment.highlight ? html`<mark class=${segment.highlight === 'current' ? 'hit current' : 'hit'}>${content}</mark>` : content;
  });
}

function hitsFor(ctx: TurnContext, field: number): (Range & { current: boolean })[] {
  return (ctx.hits ?? [])
    .filter((h) => h.match.field === field)
    .map((h) => ({ start: h.match.start, end: h.match.end, current: h.index === ctx.currentMatch }));
}

function renderTime(item: TranscriptItem, ctx: TurnContext) {
  const { t, format } = ctx;
  // dir=auto keeps "02:07:07 PM" in its own order inside a right-to-left page.
  const wall = html`<time class="time num" dir="auto" datetime=${item.at ?? nothing}>${format.time(item.at)}</time>`;
  if (item.offsetSeconds == null || !Number.isFinite(item.offsetSeconds)) return wall;
  const clock = format.clock(item.offsetSeconds);
  const unavailable = t.insightsPlayFromUnavailable(clock);
  const offset = ctx.canSeek && !ctx.seekPlayable
    ? html`<button class="offset num" type="button" aria-disabled="true" aria-label=${unavailable} ${tooltip(unavailable)}>${icon(Play)}<span dir="ltr">${clock}</span></button>`
    : ctx.canSeek
    ? html`<button class="offset num" type="button" aria-label=${t.insightsPlayFrom(clock)} ${tooltip(t.insightsPlayFrom(clock))}
        @click=${() => ctx.onSeek(item.offsetSeconds!)}>${icon(Play)}<span dir="ltr">${clock}</span></button>`
    : html`<span class="offset num" dir="ltr">${clock}</span>`;
  return html`${wall}${offset}`;
}

const speakerIcon = { customer: User, ai_agent: Bot, human_agent: Headset, system: Info } as const;

function renderMessage(item: MessageItem, ctx: TurnContext) {
  const { t } = ctx;
  const speaker = item.speaker in speakerIcon ? item.speaker : 'system';
  const role = t[`insightsSpeaker_${speaker}`];
  const name = item.speakerName && item.speakerName !== role ? item.speakerName : null;
  return html`<div class="bubble">
      <div class="turn-head">
        <span class="who">${icon(speakerIcon[speaker])}<span class="speaker">${role}</span>${name ? html`<span class="name">${name}</span>` : nothing}</span>
        <span class="when">${renderTime(item, ctx)}</span>
      </div>
      <p class="text" dir="auto">${renderText(item.text, item.redactions, hitsFor(ctx, 0), t)}</p>
      ${item.latency ? renderLatency(item, ctx) : nothing}
    </div>`;
}

function renderLatency(item: MessageItem, ctx: TurnContext) {
  const { t, format } = ctx;
  return html`<div class="latency" role="group" aria-label=${t.insightsLatencyLabel}>
    ${latencyMetrics(item.latency!, format, t).map(
      (m) => html`<span class="metric" ${tooltip(m.definition)}><span class="metric-label">${m.label}</span> <span class="num">${m.value}</span></span>`,
    )}
    <button class="icon-btn latency-help" type="button" aria-label=${t.insightsLatencyHelp} ${tooltip(latencyDefinitions(t))}>${icon(Info)}</button>
  </div>`;
}

function renderEmail(item: EmailItem, ctx: TurnContext) {
  const { t, format } = ctx;
  const inbound = item.direction === 'inbound';
  return html`<div class="bubble">
    <div class="turn-head">
      <span class="who">${icon(Mail)}<span class="speaker">${inbound ? t.insightsEmailInbound : t.insightsEmailOutbound}</span>
        <span class="name">${item.from ?? t.insightsHidden}</span></span>
      <span class="when"><time class="time num" dir="auto" datetime=${item.at ?? nothing}>${format.dateTime(item.at)}</time></span>
    </div>
    <p class="email-subject" dir="auto"><span class="visually-hidden">${t.insightsSubject}: </span>${renderText(item.subject, [], hitsFor(ctx, 0), t)}</p>
    <p class="text" dir="auto">${renderText(item.bodyText, [], hitsFor(ctx, 1), t)}</p>
    <button class="btn quiet small" type="button" @click=${(e: Event) => ctx.onEmailDetails(item, e.currentTarget as HTMLElement)}>${t.insightsViewDetails}</button>
  </div>`;
}

/** One system line (transfer, no-input, hold): centred, iconed, never mistaken for speech. */
function systemLine(iconNode: Parameters<typeof icon>[0], text: TemplateResult | string, item: TranscriptItem, ctx: TurnContext, hint?: string) {
  return html`<div class="system-line">
    ${icon(iconNode)}<span class="system-text" dir="auto">${text}</span>
    <span class="when">${renderTime(item, ctx)}</span>
    ${hint ? html`<span class="system-hint">${hint}</span>` : nothing}
  </div>`;
}

/** Renders one transcript item of any kind. Backend text is always bound as text, never as HTML. */
export function renderTurn(item: TranscriptItem, index: number, ctx: TurnContext): TemplateResult {
  const { t } = ctx;
  const classes = {
    turn: true,
    [`kind-${item.kind}`]: true,
    [`speaker-${item.kind === 'message' ? item.speaker : item.kind === 'email' ? (item.direction === 'inbound' ? 'customer' : 'human_agent') : 'system'}`]: true,
    playing: ctx.playing,
    marked: ctx.marked,
  };
  let body: TemplateResult;
  switch (item.kind) {
    case 'message':
      body = renderMessage(item, ctx);
      break;
    case 'whisper':
      body = html`<div class="bubble">
        <div class="turn-head">
          <span class="who">${icon(Ear)}<span class="speaker">${t.insightsWhisper}</span>${item.speakerName ? html`<span class="name">${item.speakerName}</span>` : nothing}</span>
          <span class="when">${renderTime(item, ctx)}</span>
        </div>
        <p class="text" dir="auto">${renderText(item.text, [], hitsFor(ctx, 0), t)}</p>
        <p class="whisper-hint">${t.insightsWhisperHint}</p>
      </div>`;
      break;
    case 'transfer':
      body = systemLine(ArrowLeftRight, html`${renderText(searchableFields(item, t)[0]!, [], hitsFor(ctx, 0), t)}`, item, ctx);
      break;
    case 'no_input':
      body = systemLine(MicOff, html`${renderText(searchableFields(item, t)[0]!, [], hitsFor(ctx, 0), t)}`, item, ctx);
      break;
    case 'hold':
      body = systemLine(CirclePause, t.insightsHold(item.startedBy === 'customer' ? 'customer' : 'agent', ctx.format.duration(item.durationSeconds)), item, ctx, t.insightsHoldHint);
      break;
    case 'email':
      body = renderEmail(item, ctx);
      break;
    case 'llm_error':
      body = html`<div class="bubble llm-error" role="note" aria-label=${t.insightsLlmError}>
        <div class="turn-head">
          <span class="who">${icon(TriangleAlert)}<span class="speaker">${t.insightsLlmError}</span></span>
          <span class="when">${renderTime(item, ctx)}</span>
        </div>
        <p class="text" dir="auto">${renderText(item.message, [], hitsFor(ctx, 0), t)}</p>
        ${item.provider ? html`<p class="llm-provider">${t.insightsLlmErrorProvider(item.provider)}</p>` : nothing}
        ${item.eventPayload
          ? html`<details class="llm-event" ?open=${hitsFor(ctx, 1).length > 0}>
              <summary>${t.insightsLlmErrorEvent}</summary>
              <pre class="mono">${renderText(item.eventPayload, [], hitsFor(ctx, 1), t)}</pre>
            </details>`
          : nothing}
      </div>`;
      break;
    default:
      // A kind this version does not know: show nothing rather than break the list.
      body = html``;
  }
  return html`<div
    class=${classMap(classes)}
    role="listitem"
    data-index=${index}
    aria-setsize=${ctx.total}
    aria-posinset=${index + 1}
    aria-current=${ctx.playing ? 'true' : nothing}
  >${body}</div>`;
}
