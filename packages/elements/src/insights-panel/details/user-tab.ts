import { html, type TemplateResult } from 'lit';
import type { Conversation } from '@conversations-kit/sdk';
import { EyeOff } from 'lucide';
import { icon } from '../../icons/icons.js';
import { tooltip } from '../../primitives/tooltip.js';
import type { Messages } from '../../i18n/messages.js';
import { chips, renderFields } from './fields.js';

/** "Hidden" with the reason, for PII the caller may not see (never a blank that looks like missing data). */
export function hidden(t: Messages): TemplateResult {
  return html`<span class="hidden-pii" tabindex="0" ${tooltip(t.insightsHiddenReason)}>${icon(EyeOff)}${t.insightsHidden}</span>`;
}

/** The User tab (spec: Customer Phone, Customer Name, Customer Email, Channel User ID, User ID, User-level tags). */
export function renderUser(c: Partial<Conversation>, t: Messages): TemplateResult {
  const obscured = c.customer?.obscured === true;
  const pii = (value: string | null | undefined) => (value ? value : obscured ? hidden(t) : null);
  return renderFields(
    [
      { key: 'customerPhone', label: t.insightsCustomerPhone, value: pii(c.customer?.phone), mono: !obscured },
      { key: 'customerName', label: t.insightsCustomerName, value: pii(c.customer?.name) },
      { key: 'customerEmail', label: t.insightsCustomerEmail, value: pii(c.customer?.email) },
      { key: 'channelUserId', label: t.insightsChannelUserId, value: c.identifiers?.channelUserId ?? null, mono: true },
      { key: 'userId', label: t.insightsUserId, value: c.identifiers?.userId ?? c.customer?.userId ?? null, mono: true },
      { key: 'userTags', label: t.insightsUserTags, value: chips(c.userTags, 'chip tag') },
    ],
    t.notAvailable,
  );
}
