/**
 * Icons inside rows as one element each: a CSS mask over `currentColor`, built from the same lucide
 * icons as everywhere else. An inline SVG is 3–6 elements and is re-parsed whenever a recycled row
 * shows another channel or direction; a mask icon is one element whose class changes.
 * Pure string work at module evaluation (no DOM), so importing stays SSR-safe.
 */
import { html, unsafeCSS, type TemplateResult } from 'lit';
import type { IconNode } from 'lucide';
import { icons } from '../icons/icons.js';

const ROW_ICONS = ['inbound', 'outbound', 'voice', 'chat', 'email', 'messaging', 'more', 'bot', 'join', 'assign', 'transfer', 'alertCircle'] as const;
export type RowIcon = (typeof ROW_ICONS)[number];

const svg = (node: IconNode) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="black" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${node
    .map(([tag, attrs]) => `<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${String(v)}"`).join(' ')}/>`)
    .join('')}</svg>`;

export const rowIconStyles = unsafeCSS(
  `.ci{display:inline-block;flex:none;width:14px;height:14px;background:currentColor;-webkit-mask:var(--ci) center/contain no-repeat;mask:var(--ci) center/contain no-repeat}` +
    ROW_ICONS.map((name) => `.ci-${name}{--ci:url("data:image/svg+xml,${encodeURIComponent(svg(icons[name]))}")}`).join(''),
);

/** A row icon; decorative unless `label` is given (then an `img` with that name). */
export function rowIcon(name: string, label?: string): TemplateResult {
  const known = (ROW_ICONS as readonly string[]).includes(name) ? name : 'chat';
  return label
    ? html`<i class="ci ci-${known}" role="img" aria-label=${label}></i>`
    : html`<i class="ci ci-${known}" aria-hidden="true"></i>`;
}
