/**
 * The details panel of a selected ladder message: addresses, timestamp, Call-ID, a summary of the SDP
 * media lines, and the raw message (headers and body) as text. In comparison mode two messages sit side
 * by side and the lines only one of them has are marked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SipMessage } from '@conversations-kit/sdk';
import type { Messages } from '../i18n/messages.js';
import { icon, icons } from '../icons/icons.js';
import { tooltip } from '../primitives/tooltip.js';
import { address, differingLines, fullTimestamp, sdpMedia, seconds3, splitMessage, toneOf, type MessageTone } from './flow-model.js';

export const toneLabel = (t: Messages, tone: MessageTone): string =>
  ({ request: t.flowKindRequest, provisional: t.flowKindProvisional, success: t.flowKindSuccess, failure: t.flowKindFailure, rtcp: t.flowKindRtcp })[tone];

export interface DetailsActions {
  previous?: () => void;
  next?: () => void;
  close: () => void;
  copy: (message: SipMessage) => void;
  compare: () => void;
  stopCompare: () => void;
}

export function renderDetails(t: Messages, message: SipMessage, compareWith: SipMessage | null, comparePending: boolean, actions: DetailsActions): TemplateResult {
  const nav = html`<div class="details-actions">
    ${navButton(t.flowPrevious, icons.chevronUp, actions.previous, 'previous')}
    ${navButton(t.flowNext, icons.chevronDown, actions.next, 'next')}
    ${compareWith || comparePending
      ? html`<button class="btn quiet compare" part="compare-button" @click=${actions.stopCompare}>${t.flowCompareStop}</button>`
      : html`<button class="btn quiet compare" part="compare-button" @click=${actions.compare}>${icon(icons.transfer)}${t.flowCompare}</button>`}
    <button class="icon-btn" aria-label=${t.flowCloseDetails} ${tooltip(t.flowCloseDetails)} @click=${actions.close}>${icon(icons.close)}</button>
  </div>`;
  if (compareWith) {
    return html`<div class="details-head">
        <span class="details-title" id="details-title">${t.flowComparing(compareWith.label, message.label)}</span>
        ${nav}
      </div>
      <div class="compare-grid">
        ${renderOne(t, compareWith, message, actions, true)} ${renderOne(t, message, compareWith, actions, true)}
      </div>`;
  }
  return html`<div class="details-head">
      <span class="details-title" id="details-title">${message.label}</span>
      ${nav}
    </div>
    ${comparePending ? html`<p class="hint" role="status">${t.flowCompareHint}</p>` : nothing}
    ${renderOne(t, message, null, actions, false)}`;
}

function navButton(label: string, glyph: (typeof icons)[keyof typeof icons], onClick: (() => void) | undefined, name: string) {
  return html`<button
    class="icon-btn"
    data-nav=${name}
    aria-label=${label}
    aria-disabled=${onClick ? 'false' : 'true'}
    ${tooltip(label)}
    @click=${() => onClick?.()}
  >
    ${icon(glyph)}
  </button>`;
}

function renderOne(t: Messages, message: SipMessage, other: SipMessage | null, actions: DetailsActions, compact: boolean): TemplateResult {
  const tone = toneOf(message);
  const parts = splitMessage(message.raw);
  const media = sdpMedia(message);
  const changed = other ? differingLines(message.raw, other.raw) : null;
  const line = (text: string, kind: 'start' | 'header' | 'body', name = '') => {
    const differs = changed?.has(text);
    const content =
      kind === 'header' && name
        ? html`<span class="h-name">${name}</span>:${text.slice(name.length + 1)}`
        : text;
    return differs
      ? html`<mark class="line ${kind}" title=${t.flowCompareDifferent}>${content}<span class="visually-hidden"> (${t.flowCompareDifferent})</span></mark>`
      : html`<span class="line ${kind}">${content}</span>`;
  };
  return html`<div class="message" role="group" data-message-id=${message.id} aria-label=${message.label}>
    ${compact ? html`<p class="compare-title tone-${tone}">${message.label} <span class="muted num">+${seconds3(message.offsetSeconds)} s</span></p>` : nothing}
    <div class="badges">
      <span class="kind-pill tone-${tone}"><span class="swatch" aria-hidden="true"></span>${toneLabel(t, tone)}</span>
      ${message.retransmission ? html`<span class="kind-pill retrans">${icon(icons.retry)}${t.flowRetransmission}</span>` : nothing}
    </div>
    <dl class="meta">
      <dt>${t.flowFrom}</dt><dd class="mono">${address(message.srcIp, message.srcPort)}</dd>
      <dt>${t.flowTo}</dt><dd class="mono">${address(message.dstIp, message.dstPort)}</dd>
      <dt>${t.flowTimestamp}</dt>
      <dd class="num">${fullTimestamp(message.at)} <span class="muted">+${seconds3(message.offsetSeconds)} s · ${t.flowDelta(seconds3(message.deltaSeconds))}</span></dd>
      <dt>${t.flowCallId}</dt><dd class="mono wrap">${message.callId ?? t.notAvailable}</dd>
      <dt>${t.flowDialogId}</dt><dd>${message.dialogId ?? t.notAvailable}</dd>
    </dl>
    ${media.length
      ? html`<table class="sdp">
          <caption>${t.flowSdpMedia}</caption>
          <thead><tr><th scope="col">${t.flowSdpType}</th><th scope="col">${t.flowSdpCodec}</th><th scope="col">${t.flowSdpAddress}</th><th scope="col">${t.flowSdpPort}</th><th scope="col">${t.flowSdpDirection}</th></tr></thead>
          <tbody>
            ${media.map((m) => html`<tr><td>${m.type}</td><td>${m.codec ?? t.notAvailable}</td><td class="mono">${m.address ?? t.notAvailable}</td><td class="num">${m.port}</td><td>${m.direction ?? t.notAvailable}</td></tr>`)}
          </tbody>
        </table>`
      : nothing}
    <div class="raw-head">
      <span class="raw-title">${t.flowRawMessage}</span>
      <button class="btn quiet copy" @click=${() => actions.copy(message)}>${icon(icons.copy)}${t.flowCopyRaw}</button>
    </div>
    <pre class="raw mono" tabindex="0" aria-label=${`${t.flowRawMessage}: ${message.label}`}>${line(parts.startLine, 'start')}${parts.headers.map((h) => line(h.line, 'header', h.name))}${parts.body ? html`<span class="line blank"></span>${parts.body.split('\n').map((b) => line(b, 'body'))}` : nothing}</pre>
  </div>`;
}
