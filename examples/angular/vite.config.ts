import { defineConfig } from 'vite';

// The component is compiled in the browser (JIT, `@angular/compiler`), so Vite needs no Angular plugin;
// an Angular CLI project uses the same template and schema unchanged.
export default defineConfig({
  base: './',
  esbuild: { tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000, target: 'es2022' },
});
