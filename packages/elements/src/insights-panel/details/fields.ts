import { html, nothing, type TemplateResult } from 'lit';

/** One row of a details list. `value` null, undefined, '' or [] renders as the catalogue's "—". */
export interface FieldRow {
  label: string;
  value: TemplateResult | string | number | null | undefined | readonly unknown[];
  mono?: boolean;
  /** Extra controls after the value (copy, edit…). */
  actions?: unknown;
  /** Stable hook for tests and `::part` styling. */
  key?: string;
}

export function isMissing(value: FieldRow['value']): boolean {
  return value == null || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'number' && !Number.isFinite(value));
}

/** A two-column label/value list; a missing value always shows `missing` (never "undefined"). */
export function renderFields(rows: readonly FieldRow[], missing: string): TemplateResult {
  return html`<dl class="fields">
    ${rows.map(
      (row) => html`<div class="field-row" data-field=${row.key ?? nothing}>
        <dt>${row.label}</dt>
        <dd class=${row.mono ? 'mono' : ''}>
          <span class="value" dir="auto">${isMissing(row.value) ? html`<span class="missing">${missing}</span>` : (row.value as TemplateResult | string | number)}</span>
          ${row.actions ?? nothing}
        </dd>
      </div>`,
    )}
  </dl>`;
}

/** Names as a list of chips (agents, queues, tags); empty lists are "missing". */
export function chips(values: readonly string[] | null | undefined, className = 'chip'): TemplateResult | null {
  const present = (values ?? []).filter((v) => typeof v === 'string' && v.length > 0);
  if (present.length === 0) return null;
  return html`<ul class="chips">${present.map((v) => html`<li class=${className} dir="auto">${v}</li>`)}</ul>`;
}
