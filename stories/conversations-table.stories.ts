import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createClient } from '@conversations-kit/sdk';
import { apiBaseUrl, pendingClient, storyClient } from './story-backend.js';

const frame = (content: unknown) => html`<div style="height: 520px; display: flex; flex-direction: column;">${content}</div>`;

const meta: Meta = {
  title: 'Elements/conversations-table',
  component: 'conversations-table',
  render: () => frame(html`<conversations-table .client=${storyClient()}></conversations-table>`),
};
export default meta;
type Story = StoryObj;

/** Real conversations from the reference backend, newest first. */
export const Default: Story = {};

/** Compact 32 px rows. */
export const Compact: Story = {
  render: () => frame(html`<conversations-table compact .client=${storyClient()}></conversations-table>`),
};

/** Oldest first. */
export const SortedOldestFirst: Story = {
  render: () => frame(html`<conversations-table sort="startTime:asc" .client=${storyClient()}></conversations-table>`),
};

/** While the first page is on its way: skeleton rows with a spoken label. */
export const Loading: Story = {
  render: () => frame(html`<conversations-table .client=${pendingClient()}></conversations-table>`),
};

/** Filters that match nothing. */
export const Empty: Story = {
  render: () => frame(html`<conversations-table .client=${storyClient()} .query=${{ conversationId: ['conv_does_not_exist'] }}></conversations-table>`),
};

/** A wrong token: the backend answers 401 and the table says so, with Retry. */
export const Unauthorized: Story = {
  render: () => frame(html`<conversations-table .client=${createClient({ baseUrl: apiBaseUrl, token: 'not-a-valid-token' })}></conversations-table>`),
};

/** The backend cannot be reached. */
export const NetworkError: Story = {
  render: () => frame(html`<conversations-table .client=${createClient({ baseUrl: 'http://127.0.0.1:9', token: 'x', retry: 0 })}></conversations-table>`),
};

/** No client at all: the element explains how to connect it. */
export const NotConnected: Story = {
  render: () => frame(html`<conversations-table></conversations-table>`),
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
