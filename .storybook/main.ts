import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // addon-docs renders the Docs page of every element (autodocs) from custom-elements.json.
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: {},
  // Workspace packages resolve to their TypeScript sources (the `ck-source` export condition),
  // so stories never need a prior build.
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: { ...viteConfig.resolve, conditions: ['ck-source', ...defaultClientConditions] },
    esbuild: { ...(typeof viteConfig.esbuild === 'object' ? viteConfig.esbuild : {}), tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } },
  }),
};
export default config;
