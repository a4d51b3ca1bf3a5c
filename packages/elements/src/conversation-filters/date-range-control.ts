import { html, nothing, type TemplateResult } from 'lit';
import type { ConversationQuery } from '@conversations-kit/sdk';
import type { Messages } from '../i18n/messages.js';
import { RANGE_PRESETS, customRange, dateInputValue, presetOf, presetRange, withRange, type RangePreset } from './date-range.js';

export interface RangeView {
  t: Messages;
  query: ConversationQuery;
  /** The user picked "Custom range" and has not applied it yet. */
  customOpen: boolean;
  error: string | null;
  setCustomOpen(open: boolean): void;
  setError(message: string | null): void;
  apply(query: ConversationQuery): void;
}

const label = (t: Messages, preset: RangePreset) =>
  ({ any: t.rangeAny, today: t.rangeToday, last7: t.rangeLast7, last30: t.rangeLast30, custom: t.rangeCustom })[preset];

/**
 * The time-range control of the filter bar: presets (today, last 7 / 30 days) and a custom range of
 * two dates. It sets the query's `from`/`to`, which the URL carries like every other filter.
 */
export function renderDateRange(v: RangeView): TemplateResult {
  const t = v.t;
  const preset = v.customOpen ? 'custom' : presetOf(v.query);
  const onPreset = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value as RangePreset;
    v.setError(null);
    if (value === 'custom') return v.setCustomOpen(true);
    v.setCustomOpen(false);
    v.apply(withRange(v.query, value === 'any' ? {} : presetRange(value)));
  };
  const onCustom = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const from = (form.elements.namedItem('from') as HTMLInputElement).value;
    const to = (form.elements.namedItem('to') as HTMLInputElement).value;
    const range = customRange(from, to);
    if (!range) return v.setError(t.rangeInvalid);
    v.setError(null);
    v.setCustomOpen(false);
    v.apply(withRange(v.query, range));
  };
  const custom = preset === 'custom';
  return html`<div class="range" part="range">
    <label class="range-label">
      <span>${t.rangeLabel}</span>
      <select name="range" @change=${onPreset}>
        ${RANGE_PRESETS.map((p) => html`<option value=${p} ?selected=${p === preset}>${label(t, p)}</option>`)}
      </select>
    </label>
    ${custom
      ? html`<form class="range-custom" @submit=${onCustom}>
          <label>${t.rangeFrom} <input type="date" name="from" .value=${dateInputValue(v.query.from)} aria-invalid=${v.error ? 'true' : 'false'} /></label>
          <label>${t.rangeTo} <input type="date" name="to" .value=${dateInputValue(v.query.to, true)} aria-invalid=${v.error ? 'true' : 'false'} /></label>
          <button type="submit" class="btn">${t.rangeApply}</button>
          ${v.error ? html`<span class="form-error" role="alert">${v.error}</span>` : nothing}
        </form>`
      : nothing}
  </div>`;
}
