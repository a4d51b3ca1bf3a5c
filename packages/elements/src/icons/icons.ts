import { html, type TemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import {
  Activity, ArrowDown, ArrowDownLeft, ArrowLeftRight, ArrowUp, ArrowUpRight, Bot, Check, ChevronDown, ChevronLeft,
  ChevronRight, ChevronUp, CircleAlert, Clock, Copy, Download, EllipsisVertical, FileText, Frown, Funnel, Headphones,
  Inbox, Info, Languages, ListFilter, Lock, Mail, Meh, MessageCircle, MessageSquare, Pause, Pencil, Phone, Play, Plug,
  RefreshCw, RotateCcw, RotateCw, Search, Smile, Star, Tag, Trash2, TriangleAlert, User, UserCheck, UserPlus, Users,
  Volume2, VolumeX, X, type IconNode,
} from 'lucide';

/** One icon set (lucide), imported icon by icon so bundles carry only what is used. */
export const icons = {
  activity: Activity, alert: TriangleAlert, alertCircle: CircleAlert, arrowDown: ArrowDown, arrowUp: ArrowUp,
  inbound: ArrowDownLeft, outbound: ArrowUpRight, transfer: ArrowLeftRight, bot: Bot, check: Check,
  chevronDown: ChevronDown, chevronLeft: ChevronLeft, chevronRight: ChevronRight, chevronUp: ChevronUp, clock: Clock,
  copy: Copy, download: Download, more: EllipsisVertical, file: FileText, filter: Funnel, listFilter: ListFilter,
  headphones: Headphones, inbox: Inbox, info: Info, language: Languages, lock: Lock, email: Mail,
  messaging: MessageCircle, chat: MessageSquare, pause: Pause, edit: Pencil, voice: Phone, play: Play, plug: Plug,
  retry: RefreshCw, back10: RotateCcw, forward10: RotateCw, search: Search, positive: Smile, neutral: Meh,
  negative: Frown, mixed: Meh, star: Star, tag: Tag, trash: Trash2, user: User, assign: UserCheck, join: UserPlus,
  users: Users, volume: Volume2, mute: VolumeX, close: X,
} satisfies Record<string, IconNode>;

export type IconName = keyof typeof icons;

const escapeAttr = (value: unknown) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const markupCache = new WeakMap<IconNode, string>();

function markup(node: IconNode): string {
  let text = markupCache.get(node);
  if (!text) {
    // Icon data is static and ours (never backend text), so building markup from it is safe.
    text = node
      .map(([tag, attrs]) => `<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')}></${tag}>`)
      .join('');
    markupCache.set(node, text);
  }
  return text;
}

/**
 * Renders an icon. Decorative by default (`aria-hidden`); pass `label` when the icon alone carries
 * meaning, and it becomes an `img` with that accessible name.
 */
export function icon(node: IconNode, label?: string): TemplateResult {
  return label
    ? html`<svg class="icon" role="img" aria-label=${label} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><title>${label}</title>${unsafeSVG(markup(node))}</svg>`
    : html`<svg class="icon" aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${unsafeSVG(markup(node))}</svg>`;
}
