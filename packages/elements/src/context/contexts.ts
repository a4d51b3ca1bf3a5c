import { createContext } from '@lit/context';
import type { createClient, Capabilities } from '@conversations-kit/sdk';
import type { Messages } from '../i18n/messages.js';
import type { Formatter } from '../i18n/format.js';

/** The SDK client every element talks to the backend through. */
export type KitClient = ReturnType<typeof createClient>;
export type { Capabilities };

/** Locale, message catalogue and Intl formatters, provided together so they never disagree. */
export interface I18n {
  locale: string;
  messages: Messages;
  format: Formatter;
}

export const clientContext = createContext<KitClient | undefined>(Symbol.for('conversations-kit/client'));
export const capabilitiesContext = createContext<Capabilities | undefined>(Symbol.for('conversations-kit/capabilities'));
export const i18nContext = createContext<I18n | undefined>(Symbol.for('conversations-kit/i18n'));
