import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { MinMaxAvg, Participant } from '@conversations-kit/sdk';
import { KitElement } from '../base/kit-element.js';
import { renderEmpty, renderError, renderLoading, renderNoClient } from '../base/states.js';
import { buttonStyles, hostStyles, pillStyles, stateStyles } from '../styles/shared.styles.js';
import { tooltip } from '../primitives/tooltip.js';
import { icon, icons } from '../icons/icons.js';
import { DiagnosticsTimeEvent } from '../conversation-diagnostics/events.js';
import { epochMs, loadCallStart } from '../conversation-diagnostics/time-cursor.js';
import { mosBand } from '../qos-chart/mos.js';
import { fixed } from '../qos-chart/qos-metrics.js';
import { participantsStyles } from './call-participants.styles.js';

interface Loaded {
  participants: Participant[];
  callStart: string | null;
}

/** Date and time with seconds: joins and exits a few seconds apart must read differently. */
const timestampFormats = new Map<string, Intl.DateTimeFormat>();
function timestamp(locale: string, iso: string | null | undefined): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  let f = timestampFormats.get(locale);
  if (!f) timestampFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' })));
  return f.format(d);
}

/**
 * @summary The Agents tab of Diagnostics: every participant of a voice call with call status, start/end
 * time, average MOS, exit reason and description, and MOS / jitter / packets lost (min, max, average),
 * each column explained in a tooltip with the industry-standard good/poor thresholds.
 *
 * @event diagnostics-time-hover - {DiagnosticsTimeEvent} A start or end time was hovered (offset from the call start), or `null`.
 *
 * @csspart table - The participants table.
 * @csspart state - Loading, empty, error and no-permission panels.
 */
export class CallParticipants extends KitElement {
  static override styles = [hostStyles, buttonStyles, stateStyles, pillStyles, participantsStyles];

  /** The conversation whose participants to load through `client.diagnostics.participants`. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;

  /** The participants themselves, instead of loading them (takes precedence over `conversation-id`). */
  @property({ attribute: false }) participants?: Participant[];

  /** When the call started (ISO-8601); time-cursor offsets count from it. Loaded with the conversation when not set. */
  @property({ attribute: 'call-start' }) callStart?: string;

  @state() private markedMs: number | null = null;

  private lastHover: string | null = null;

  private readonly loader = new Task(this, {
    task: async ([client, id, participants, callStart], { signal }): Promise<Loaded | undefined> => {
      if (participants) return { participants, callStart: callStart ?? null };
      if (!client || !id) return undefined;
      const [list, start] = await Promise.all([
        client.diagnostics.participants(id, { signal }),
        callStart ? Promise.resolve(callStart) : loadCallStart(client, id, signal),
      ]);
      return { participants: list, callStart: start };
    },
    args: () => [this.client, this.conversationId, this.participants, this.callStart] as const,
  });

  /** Marks who was on the call at `offsetSeconds` from the call start; `null` clears it. */
  markTime(offsetSeconds: number | null): void {
    const start = this.startMs();
    this.markedMs = offsetSeconds === null || !Number.isFinite(start) ? null : start + offsetSeconds * 1000;
  }

  private startMs(): number {
    const known = epochMs(this.loader.value?.callStart ?? this.callStart);
    if (Number.isFinite(known)) return known;
    const starts = (this.loader.value?.participants ?? []).map((p) => epochMs(p.startTime)).filter(Number.isFinite);
    return starts.length ? Math.min(...starts) : NaN;
  }

  private onCall(p: Participant): boolean {
    if (this.markedMs === null) return false;
    const from = epochMs(p.startTime);
    const to = p.endTime ? epochMs(p.endTime) : Infinity;
    return this.markedMs >= from && this.markedMs <= to;
  }

  private hoverTime(at: string | null): void {
    if (at === this.lastHover) return;
    this.lastHover = at;
    const start = this.startMs();
    const t = epochMs(at);
    this.dispatchEvent(new DiagnosticsTimeEvent(at && Number.isFinite(start) && Number.isFinite(t) ? Math.max(0, (t - start) / 1000) : null, at));
  }

  protected override render() {
    const t = this.t;
    if (!this.participants && !this.client) return renderNoClient(t);
    if (!this.participants && !this.conversationId) return renderEmpty(t.diagnosticsNoConversation, t.diagnosticsNoConversationMessage);
    return this.loader.render({
      initial: () => renderLoading(t.participantsLoading, 4),
      pending: () => (this.loader.value ? this.renderTable(this.loader.value.participants) : renderLoading(t.participantsLoading, 4)),
      error: (error) => renderError(error, t, () => void this.loader.run()),
      complete: (loaded) => (loaded ? this.renderTable(loaded.participants) : renderLoading(t.participantsLoading, 4)),
    });
  }

  private info(label: string, help?: string) {
    return help ? html`<button class="info-btn" aria-label=${this.t.aboutMetric(label)} ${tooltip(help)}>${icon(icons.info)}</button>` : nothing;
  }

  private header(label: string, help?: string) {
    // "MOS (min, max, average)" reads best as the metric over a smaller "(min, max, average)".
    const [, main, sub] = /^(.*?)\s*(\(.*\))?$/.exec(label) ?? [label, label, undefined];
    return html`<th scope="col">
      <span class="th">${main}${sub ? html` <span class="th-sub">${sub}</span>` : nothing}${this.info(label, help)}</span>
    </th>`;
  }

  /** The column name inside each cell, shown only in the narrow card layout (where the header row is hidden). */
  private label(label: string, help?: string) {
    return html`<span class="cell-label">${label}${this.info(label, help)}</span>`;
  }

  private renderTable(participants: Participant[]) {
    const t = this.t;
    if (!participants.length) return renderEmpty(t.participantsEmptyTitle, t.participantsEmptyMessage);
    return html`<div class="table-wrap" part="table">
      <table>
        <caption class="visually-hidden">${t.participantsLabel}</caption>
        <thead>
          <tr>
            ${this.header(t.colParticipant)} ${this.header(t.colCallStatus)} ${this.header(t.colStartTimestamp)}
            ${this.header(t.colEndTimestamp)} ${this.header(t.colAvgMos, t.helpAvgMos)} ${this.header(t.colExitReason)}
            ${this.header(t.colExitDescription)} ${this.header(t.colMos, t.helpMos)} ${this.header(t.colJitter, t.helpJitter)}
            ${this.header(t.colPacketsLost, t.helpPacketsLost)}
          </tr>
        </thead>
        <tbody @mouseleave=${() => this.hoverTime(null)}>
          ${participants.map((p) => this.renderRow(p))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(p: Participant) {
    const t = this.t;
    const locale = this.format.locale;
    const onCall = this.onCall(p);
    const band = mosBand(p.avgMos);
    const inCall = p.callStatus === 'In-Call';
    return html`<tr class=${onCall ? 'on-call' : ''} data-participant=${p.id}>
      <th scope="row">
        <span class="name">${p.name || t.notAvailable}</span>
        ${p.externalTag ? html`<span class="pill external">${p.externalTag}</span>` : nothing}
        ${onCall ? html`<span class="on-call-mark">${icon(icons.clock)}<span class="visually-hidden">${t.participantOnCallAt}</span></span>` : nothing}
      </th>
      <td>${this.label(t.colCallStatus)}
        <span class="pill ${inCall ? 'in_progress' : ''}">${inCall ? html`<span class="dot" aria-hidden="true"></span>` : nothing}${inCall ? t.participantInCall : t.participantLeft}</span>
      </td>
      <td class="num time" @mouseenter=${() => this.hoverTime(p.startTime)}>${this.label(t.colStartTimestamp)}${timestamp(locale, p.startTime) ?? t.notAvailable}</td>
      <td class="num time" @mouseenter=${() => this.hoverTime(p.endTime)}>${this.label(t.colEndTimestamp)}${p.endTime ? (timestamp(locale, p.endTime) ?? t.notAvailable) : t.participantNA}</td>
      <td class="num">${this.label(t.colAvgMos, t.helpAvgMos)}
        ${band ? html`<span class="mos ${band}">${fixed(this.format.locale, p.avgMos, 2)} <span class="band">${t[`mosBand_${band}`]}</span></span>` : t.notAvailable}
      </td>
      <td>${this.label(t.colExitReason)}${p.exitReason ?? t.notAvailable}</td>
      <td class="desc">${this.label(t.colExitDescription)}${p.exitDescription ?? t.notAvailable}</td>
      <td class="num">${this.label(t.colMos, t.helpMos)}${this.minMaxAvg(p.mos, 2, true)}</td>
      <td class="num">${this.label(t.colJitter, t.helpJitter)}${this.minMaxAvg(p.jitter, 2, false, true)}</td>
      <td class="num">${this.label(t.colPacketsLost, t.helpPacketsLost)}${this.minMaxAvg(p.packetsLost, 2)}</td>
    </tr>`;
  }

  private minMaxAvg(value: MinMaxAvg | null | undefined, digits: number, mos = false, exact = mos) {
    const t = this.t;
    if (!value || (value.min == null && value.max == null && value.avg == null)) return t.notAvailable;
    const n = (v: number | null | undefined, d = digits) => (exact ? fixed(this.format.locale, v, d) : this.format.number(v, d));
    const cls = (v: number | null | undefined) => (mos ? (mosBand(v) ?? '') : '');
    return html`<span class="mma" title=${t.participantMinMaxAvg(n(value.min), n(value.max), n(value.avg))}>
      <span class="mma-item ${cls(value.min)}"><span class="mma-key">${t.participantMin}</span> ${n(value.min)}</span>
      <span class="mma-item ${cls(value.max)}"><span class="mma-key">${t.participantMax}</span> ${n(value.max)}</span>
      <span class="mma-item ${cls(value.avg)}"><span class="mma-key">${t.participantAvg}</span> ${n(value.avg)}</span>
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'call-participants': CallParticipants;
  }
}
