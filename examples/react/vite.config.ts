import { defineConfig } from 'vite';

// No React plugin needed for a production build: Vite's esbuild compiles TSX with the automatic
// runtime (tsconfig "jsx": "react-jsx"). Add @vitejs/plugin-react for fast refresh in development.
export default defineConfig({ base: './', build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
