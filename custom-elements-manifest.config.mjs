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

/**
 * The analyzer names modules by their source path in this repository; hosts read the manifest from
 * the published package, so every path and module reference points at the built file under dist/.
 */
const publishedPaths = () => {
  const published = (path) => path.replace(/^(\.?\/)?packages\/elements\/src\//, 'dist/').replace(/^\.\//, 'dist/').replace(/\.ts$/, '.js');
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string' && !value.includes('node_modules')) node[key] = published(value);
      else visit(value);
    }
  };
  return { name: 'conversations-kit/published-paths', packageLinkPhase({ customElementsManifest }) { visit(customElementsManifest.modules); } };
};

export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/test-support/**', '**/testing/**', '**/test-*.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  plugins: [documentedEventsOnly(), publishedPaths()],
};
