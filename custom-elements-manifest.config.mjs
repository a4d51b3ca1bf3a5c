// custom-elements.json for @conversations-kit/elements, generated from the JSDoc of each element
// (@summary, @event, @slot, @csspart, @cssprop). Storybook docs and framework wrappers read it.

/**
 * The analyzer also guesses events from `dispatchEvent(new SomeEvent(arg))` calls and names them
 * after the first argument. Our event names are kebab-case and documented with @event, so keep those.
 */
const documentedEventsOnly = () => ({
  name: 'conversations-kit/documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.events) continue;
        const seen = new Set();
        declaration.events = declaration.events.filter((event) => {
          if (!event.name?.includes('-') || seen.has(event.name)) return false;
          seen.add(event.name);
          return true;
        });
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
