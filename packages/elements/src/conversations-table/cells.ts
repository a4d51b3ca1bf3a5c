/**
 * The cells of one conversation row. Pure template functions: everything they need comes in, and
 * backend text is only ever bound as text (names, queues, skills, highlights), never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AgentRef, ConversationSummary, Highlight, SearchHit } from '@conversations-kit/sdk';
import type { Messages } from '../i18n/messages.js';
import type { Formatter } from '../i18n/format.js';
import { rowIcon } from './row-icons.js';
import { tooltip } from '../primitives/tooltip.js';
import { statusKey } from '../i18n/status.js';

export interface CellContext {
  t: Messages;
  f: Formatter;
  /** Base URL that relative avatar URLs are relative to (the API's). */
  baseUrl?: string;
  /** The row holds the grid's tab stop: its controls are tabbable. */
  active: boolean;
  onList(event: Event, kind: 'queues' | 'skills', row: ConversationSummary): void;
}

const shortDates = new Map<string, Intl.DateTimeFormat>();
const languageNames = new Map<string, string>();

/** Language display names are looked up for every row: remember them (Intl.DisplayNames is slow). */
function languageName(f: Formatter, tag: string): string {
  const key = `${f.locale}|${tag}`;
  let name = languageNames.get(key);
  if (name === undefined) languageNames.set(key, (name = f.language(tag)));
  return name;
}

/** "Nov 25, 1:58 PM": the start time under the customer when the Start Time column is hidden (narrow hosts). */
export function shortDateTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  let f = shortDates.get(locale);
  if (!f) shortDates.set(locale, (f = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })));
  return f.format(d);
}

/** What the Customer cell shows: the name, or the user ID when PII is obscured for this caller. */
export function customerLabel(row: ConversationSummary, t: Messages): string {
  const c = row.customer;
  if (!c) return t.unknownCustomer;
  if (c.obscured) return c.userId || t.unknownCustomer;
  return c.name?.trim() || c.phone?.trim() || c.email?.trim() || c.userId || t.unknownCustomer;
}

export function customerCell(row: ConversationSummary, ctx: CellContext): TemplateResult {
  const { t, f } = ctx;
  const channel = t[`channel_${row.channel}`] ?? row.channel;
  const direction = t[`direction_${row.direction}`] ?? row.direction;
  const language = languageName(f, row.language);
  const label = customerLabel(row, t);
  return html`<div class="cell col-customer" role="gridcell">
    <span class="customer-icons">
      ${rowIcon(row.direction === 'outbound' ? 'outbound' : 'inbound', t.directionLabel(direction))}
      ${rowIcon(row.channel, t.channelLabel(channel))}
      <span class="lang" role="img" aria-label=${t.languageLabel(language)} title=${language}>${(row.language || '??').slice(0, 2).toUpperCase()}</span>
    </span>
    <span class="customer">
      <span class=${row.customer.obscured ? 'text mono' : 'text'} dir="auto" title=${row.customer.obscured ? t.obscuredCustomer(label) : label}>${label}</span>
      <span class="sub num">${shortDateTime(row.startTime, f.locale)}</span>
    </span>
  </div>`;
}

export function textCell(className: string, content: unknown): TemplateResult {
  return html`<div class="cell ${className}" role="gridcell">${content}</div>`;
}

const initials = (name: string) =>
  [...name.replace(/\(.*?\)/g, '').trim().split(/\s+/).filter(Boolean)]
    .slice(0, 2)
    .map((word) => [...word][0]?.toUpperCase() ?? '')
    .join('') || '?';

/** Avatar URLs may be relative to the API (`/avatars/agt_1.svg`); only http(s) and data images are used. */
export function avatarSrc(url: string | null | undefined, baseUrl?: string): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, baseUrl || document.baseURI);
    return ['http:', 'https:', 'data:', 'blob:'].includes(resolved.protocol) ? resolved.href : null;
  } catch {
    return null;
  }
}

/** Initials (or the bot icon) sit under the picture, so a picture that fails to load leaves them showing. */
function avatar(agent: AgentRef, baseUrl?: string): TemplateResult {
  const src = avatarSrc(agent.avatarUrl, baseUrl);
  return html`<span class="avatar ${agent.kind === 'ai' ? 'ai' : 'human'}" ${tooltip(agent.name)}
    >${agent.kind === 'ai' ? rowIcon('bot') : initials(agent.name || '?')}${src
      ? html`<img src=${src} alt="" loading="lazy" referrerpolicy="no-referrer" @error=${(e: Event) => ((e.target as HTMLElement).hidden = true)} />`
      : nothing}</span
  >`;
}

/** Avatars in the order the agents participated (three shown, then +N); names on hover and focus. */
export function agentsCell(row: ConversationSummary, ctx: CellContext): TemplateResult {
  const agents = row.agents ?? [];
  if (agents.length === 0) return textCell('col-agents', html`<span class="muted" aria-label=${ctx.t.noAgents}>—</span>`);
  const names = agents.map((a) => a.name).join(', ');
  const shown = agents.slice(0, 3);
  return textCell(
    'col-agents',
    html`<span class="avatars" role="img" tabindex=${ctx.active ? 0 : -1} aria-label=${ctx.t.agentsLabel(names)} ${tooltip(agents.map((a) => a.name).join(' → '))}>
      ${shown.map((a) => avatar(a, ctx.baseUrl))}${agents.length > 3 ? html`<span class="avatar more" dir="ltr">+${agents.length - 3}</span>` : nothing}
    </span>`,
  );
}

/** The current (last) queue, and "+N" that opens the queues in the order the conversation entered them. */
export function queuesCell(row: ConversationSummary, ctx: CellContext): TemplateResult {
  const queues = row.queues ?? [];
  const last = queues[queues.length - 1];
  if (!last) return textCell('col-queues', html`<span class="muted">—</span>`);
  return textCell(
    'col-queues',
    html`<span class="text" dir="auto">${last.name}</span>${queues.length > 1
      ? html`<button
          class="more-btn"
          dir="ltr"
          tabindex=${ctx.active ? 0 : -1}
          aria-haspopup="dialog"
          aria-label=${ctx.t.queuesOrderLabel(queues.length)}
          ${tooltip(queues.map((q) => q.name).join(' → '))}
          @click=${(e: Event) => ctx.onList(e, 'queues', row)}
        >
          ${ctx.t.queuesMore(queues.length - 1)}
        </button>`
      : nothing}`,
  );
}

/** One skill, and "+N" that lists them all. */
export function skillsCell(row: ConversationSummary, ctx: CellContext): TemplateResult {
  const skills = row.skills ?? [];
  if (skills.length === 0) return textCell('col-skills', html`<span class="muted">—</span>`);
  return textCell(
    'col-skills',
    html`<span class="skill" dir="auto">${skills[0]}</span>${skills.length > 1
      ? html`<button
          class="more-btn"
          dir="ltr"
          tabindex=${ctx.active ? 0 : -1}
          aria-haspopup="dialog"
          aria-label=${ctx.t.skillsAllLabel(skills.length)}
          ${tooltip(skills.join(', '))}
          @click=${(e: Event) => ctx.onList(e, 'skills', row)}
        >
          ${ctx.t.skillsMore(skills.length - 1)}
        </button>`
      : nothing}`,
  );
}

export function statusCell(row: ConversationSummary, ctx: CellContext): TemplateResult {
  const status = statusKey(row);
  return textCell(
    'col-status',
    html`<span class="pill ${status.tone}"><span class="pill-text">${ctx.t[status.key]}</span></span>`,
  );
}

/**
 * Splits a highlight's text at its ranges (UTF-16 offsets, end exclusive) into plain and `<mark>`
 * segments. Ranges are clamped, sorted and merged, so a malformed range never throws or repeats text.
 */
export function highlightSegments(highlight: Pick<Highlight, 'text' | 'ranges'>): { text: string; mark: boolean }[] {
  const text = highlight.text ?? '';
  const ranges = (highlight.ranges ?? [])
    .map((r) => ({ start: Math.max(0, Math.min(text.length, r.start | 0)), end: Math.max(0, Math.min(text.length, r.end | 0)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const segments: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const r of ranges) {
    const start = Math.max(r.start, at);
    if (r.end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/** The search line under a result: how it matched (tier) and the best fragment with the matches marked. */
export function snippetCell(hit: SearchHit, t: Messages): TemplateResult {
  const highlight = hit.highlights?.[0];
  const tier = t[`searchTier_${hit.tier}`] ?? hit.tier;
  return html`<div class="cell snippet" role="gridcell">
    <span class="tier ${hit.tier}">${tier}</span>
    ${highlight
      ? html`<span class="fragment" dir="auto"
          ><span class="visually-hidden">${t.searchMatchIn(t[`searchField_${highlight.field}`] ?? highlight.field)}: </span
          >${highlightSegments(highlight).map((s) => (s.mark ? html`<mark>${s.text}</mark>` : s.text))}</span
        >`
      : nothing}
  </div>`;
}
