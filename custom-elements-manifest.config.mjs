// custom-elements.json for @conversations-kit/elements, generated from the JSDoc of each element
// (@summary, @event, @slot, @csspart, @cssprop). Storybook docs and framework wrappers read it.

/**
 * The analyzer also guesses events from `dispatchEvent(new SomeEvent(arg))` calls and names them
 * after the first argument. Keep documented events (@event) and kebab-case names, once each.
 */
const documentedEventsOnly = () => ({
  name: 'conversations-kit/documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.events) continue;
        const byName = new Map();
        for (const event of declaration.events) {
          if (!event.name || event.name === 'undefined' || !(event.description || event.name.includes('-'))) continue;
          if (!byName.get(event.name)?.description) byName.set(event.name, event);
        }
        declaration.events = [...byName.values()];
      }
    }
  },
});

export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/test-support/**'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  plugins: [documentedEventsOnly()],
};
