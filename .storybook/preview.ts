import type { Preview } from '@storybook/web-components-vite';
import { ensureTokens } from '../packages/elements/src/styles/tokens.js';
import '../packages/elements/src/define.js';

ensureTokens();

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
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
