import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { tokensCss } from '../packages/elements/src/styles/tokens.js';
import { storyClient } from './story-backend.js';
import '../packages/elements/src/conversations-table/conversations-table.define.js';

/** Every `--ck-*` token with its value in the light and the dark set, read from the shipped token sheet. */
function tokens(): { name: string; light: string; dark: string }[] {
  const block = (selector: string) => {
    const start = tokensCss.indexOf(`${selector} {`);
    const body = tokensCss.slice(start, tokensCss.indexOf('}', start));
    return new Map([...body.matchAll(/(--ck-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
  };
  const root = block(':root');
  const light = block('[data-ck-theme="light"]');
  const dark = block('[data-ck-theme="dark"]');
  return [...new Set([...root.keys(), ...light.keys()])].map((name) => ({
    name,
    light: light.get(name) ?? root.get(name) ?? '',
    dark: dark.get(name) ?? root.get(name) ?? '',
  }));
}

const swatch = (value: string) =>
  /^(#|rgba?\()/.test(value) ? html`<span style="display:inline-block;width:1.5em;height:1em;vertical-align:middle;border:1px solid #8888;border-radius:3px;background:${value}"></span> ` : '';

const meta: Meta = {
  title: 'Guides/Theming',
  parameters: {
    docs: {
      description: {
        component:
          'Tokens install themselves in the cascade layer `conversations-kit`, so any `--ck-*` declaration of the host wins without `!important`. ' +
          'Switch sets with `data-ck-theme="light|dark"` on any ancestor (default: `prefers-color-scheme`). Elements expose `::part()`s and element-level `--ck-<element>-<thing>` properties (see each element\'s Docs page).',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** The token reference: name, light value, dark value. */
export const Tokens: Story = {
  render: () => html`<table style="border-collapse:collapse;font-size:13px">
    <caption style="text-align:start;padding-bottom:8px">Design tokens (${tokens().length})</caption>
    <thead><tr><th scope="col" style="text-align:start;padding:4px 12px 4px 0">Token</th><th scope="col" style="text-align:start;padding:4px 12px 4px 0">Light</th><th scope="col" style="text-align:start;padding:4px 0">Dark</th></tr></thead>
    <tbody>${tokens().map((t) => html`<tr style="border-top:1px solid var(--ck-color-border)">
      <td style="padding:4px 12px 4px 0"><code>${t.name}</code></td>
      <td style="padding:4px 12px 4px 0">${swatch(t.light)}<code>${t.light}</code></td>
      <td style="padding:4px 0">${swatch(t.dark)}<code>${t.dark}</code></td></tr>`)}</tbody>
  </table>`,
};

const table = () => html`<div style="height:420px;display:flex;flex-direction:column"><conversations-table .client=${storyClient('analyst')} no-live></conversations-table></div>`;

/** The dark set, chosen by the host with `data-ck-theme="dark"`. */
export const Dark: Story = { parameters: { theme: 'dark' }, render: table };

/** A host brand: a few token overrides in the host's own CSS restyle every element. */
export const Brand: Story = {
  render: () => html`<style>
      .brand {
        --ck-color-accent: #0f766e;
        --ck-color-accent-hover: #115e59;
        --ck-color-focus: #0d9488;
        --ck-color-surface-selected: #ccfbf1;
        --ck-radius-md: 2px;
        --ck-row-height: 44px;
        font-family: Georgia, serif;
      }
    </style>
    <div class="brand">${table()}</div>`,
};
