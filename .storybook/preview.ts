import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { Controls, Description, Primary, Subtitle, Title } from '@storybook/addon-docs/blocks';
import { createElement, Fragment } from 'react';
import { ensureTokens } from '../packages/elements/src/styles/tokens.js';
// Generated from the elements' JSDoc by `npm run analyze` (run by `npm run storybook` and `npm test`):
// the Docs pages' attribute, property, event, slot, CSS part and custom-property tables and controls.
import manifest from '../packages/elements/custom-elements.json';
import '../packages/elements/src/define.js';

ensureTokens();
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Conversations Kit theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (story, context) => {
      // A story may pin its theme (e.g. the "Dark" stories); otherwise the toolbar decides.
      const theme = (context.parameters.theme as string | undefined) ?? (context.globals.theme as string) ?? 'light';
      document.documentElement.dataset.ckTheme = theme;
      document.documentElement.dir = (context.parameters.dir as string | undefined) ?? 'ltr';
      document.body.style.background = 'var(--ck-color-surface-sunken)';
      document.body.style.color = 'var(--ck-color-text)';
      document.body.style.fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
      return story();
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Each element's Docs page is its reference: the summary, the first story with live controls, and
    // every attribute, property, event, slot, CSS part and custom property from the manifest. The other
    // stories stay one click away in the sidebar (rendering them all inline made the page heavy).
    docs: {
      page: () => createElement(Fragment, null, createElement(Title), createElement(Subtitle), createElement(Description), createElement(Primary), createElement(Controls)),
    },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
