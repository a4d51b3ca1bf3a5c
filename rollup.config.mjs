// One build for every package: ESM + .d.ts for the libraries, and the self-contained demo bundle.
// Libraries keep their dependencies external (hosts dedupe lit, ky, …); the demo bundles everything.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'esbuild';

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** A workspace library: src/<entries> → dist/, modules preserved so hosts can import one element. */
function library(pkg, inputs, { module = 'NodeNext', bins = [], fixtures = [] } = {}) {
  const dir = `packages/${pkg}`;
  return {
    input: inputs.map((entry) => `${dir}/src/${entry}`).filter((file) => existsSync(file)),
    external: isBare,
    output: {
      dir: `${dir}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `${dir}/src`,
      sourcemap: true,
      // Command-line entry points run directly (`npx conversations-kit-server`).
      banner: (chunk) => (bins.includes(chunk.fileName) ? '#!/usr/bin/env node' : ''),
    },
    plugins: [
      // A fresh dist each build: files whose sources moved or were removed never linger in a package.
      { name: 'clean-dist', buildStart: () => rmSync(`${dir}/dist`, { recursive: true, force: true }) },
      typescript({
        tsconfig: `${dir}/tsconfig.json`,
        filterRoot: process.cwd(),
        include: [`${dir}/src/**/*.ts`],
        // Test support never ships: tests, fixtures and in-memory backends live beside the code they test.
        exclude: [`${dir}/src/**/*.test.ts`, `${dir}/test/**`, `${dir}/src/**/test-support/**`, `${dir}/src/**/testing/**`, ...fixtures.map((f) => `${dir}/src/${f}`)],
        compilerOptions: {
          noEmit: false,
          allowImportingTsExtensions: false,
          module,
          outDir: resolve(dir, 'dist'),
          declaration: true,
          declarationDir: resolve(dir, 'dist'),
          rootDir: resolve(dir, 'src'),
        },
      }),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
      warn(warning);
    },
  };
}

/**
 * TypeScript → JS for the demo bundle with esbuild: type-checking is `npm test`'s job, and `npm start`
 * should not spend a minute re-checking every package before it serves the page.
 */
const esbuildTs = () => ({
  name: 'esbuild-ts',
  // Sources import siblings NodeNext-style (`./x.js` for `./x.ts`).
  async resolveId(source, importer, options) {
    if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
    return this.resolve(source.replace(/\.js$/, '.ts'), importer, { ...options, skipSelf: true });
  },
  async load(id) {
    if (!id.endsWith('.ts')) return null;
    const { code, map } = await transform(readFileSync(id, 'utf8'), {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcemap: true,
      sourcefile: id,
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    });
    return { code, map };
  },
});

/** The demo page's bundle: everything inlined, lazy chunks (wavesurfer, chart.js) split out. */
const demo = () => ({
  input: 'examples/vanilla/main.ts',
  output: { dir: 'examples/vanilla/dist', format: 'es', sourcemap: true, chunkFileNames: '[name]-[hash].js' },
  plugins: [nodeResolve({ browser: true, extensions: ['.ts', '.mjs', '.js'], exportConditions: ['ck-source', 'browser', 'module', 'import'] }), esbuildTs()],
});

// Targets are built lazily so a package without sources (or tsconfig) yet is simply skipped.
const targets = {
  sdk: () => library('sdk', ['index.ts']),
  // Stories' fixtures (hand-made calls and flows) sit beside their elements.
  elements: () => library('elements', ['index.ts', 'define.ts'], { module: 'ES2022', fixtures: ['**/test-*.ts'] }),
  server: () => library('server', ['index.ts', 'app.ts', 'testing.ts', 'cli/serve.ts', 'cli/seed.ts'], { bins: ['cli/serve.js', 'cli/seed.js'] }),
  contract: () => library('contract', ['index.ts', 'cli.ts']),
  // src/index.ts is generated from the elements' manifest by scripts/generate-wrappers.mjs.
  react: () => library('react', ['index.ts'], { module: 'ES2022' }),
  demo,
};
const ready = (name) =>
  name === 'demo' ? existsSync('examples/vanilla/main.ts') : existsSync(`packages/${name}/tsconfig.json`) && existsSync(`packages/${name}/src/index.ts`);

// `ONLY=demo rollup -c` builds one target.
const only = process.env.ONLY?.split(',');
export default Object.keys(targets)
  .filter((name) => (!only || only.includes(name)) && ready(name))
  .map((name) => targets[name]());
