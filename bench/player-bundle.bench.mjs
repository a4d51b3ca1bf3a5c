// Bundle cost of <recording-player>: what a page pays to register it (wavesurfer.js excluded — it is
// imported lazily) and the lazy chunk that arrives once a recording is shown. Minified + gzip.
import { build } from 'esbuild';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

async function bundle(external) {
  const outdir = await mkdtemp(join(tmpdir(), 'ck-player-bundle-'));
  const { metafile } = await build({
    entryPoints: { player: 'packages/elements/src/recording-player/recording-player.define.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir,
    external,
    conditions: ['ck-source', 'browser'],
    target: 'es2022',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    logLevel: 'error',
    metafile: true,
  });
  const sizes = {};
  let own = 0;
  for (const [name, output] of Object.entries(metafile.outputs)) {
    if (!name.includes('player')) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (input.includes('recording-player/') || input.includes('messages/recording')) own += bytesInOutput;
    }
  }
  sizes.own = own;
  for (const file of await readdir(outdir)) {
    const text = await readFile(join(outdir, file));
    sizes[file] = { raw: text.length, gzip: gzipSync(text, { level: 9 }).length };
  }
  return sizes;
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const report = (title, sizes) => {
  console.log(title);
  const { own, ...files } = sizes;
  for (const [file, { raw, gzip }] of Object.entries(files)) {
    const kind = file.startsWith('player') ? 'eager (registers the tag)' : file.includes('wavesurfer') ? 'lazy (import on first recording)' : 'shared chunk';
    console.log(`  ${file.padEnd(32)} ${kb(raw).padStart(9)} min, ${kb(gzip).padStart(8)} gzip — ${kind}`);
  }
  console.log(`  of the eager chunk, recording-player's own code and strings: ${kb(own)} min (the rest is the shared foundation: base class, every area's message catalogue, tokens, floating-ui)`);
};
const whole = await bundle([]);
report('everything (lit, SDK and lucide included):', whole);
report('the player alone (lit, @lit/*, SDK as shared dependencies of every element):', await bundle(['lit', 'lit/*', '@lit/*', '@conversations-kit/sdk']));
const eager = Object.entries(whole).filter(([file]) => file.startsWith('player') || file.startsWith('chunk-')).reduce((sum, [, size]) => sum + size.gzip, 0);
const lazy = Object.entries(whole).filter(([file]) => file.includes('wavesurfer')).reduce((sum, [, size]) => sum + size.gzip, 0);
console.log(`eager bundle of <recording-player> (everything it needs to register and render), min+gz: ${kb(eager)} — goal ≤ 25.0 kB (${((eager / (25 * 1024)) * 100).toFixed(0)} % of the budget); wavesurfer.js lazily: ${kb(lazy)}`);
