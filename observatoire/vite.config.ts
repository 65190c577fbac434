import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the gateway at /observatoire/ (same origin as /graphql); `npm run dev` proxies /graphql and
// /exports to the gateway `npm start` runs on 127.0.0.1, on its port (`GATEWAY_PORT`, 4000 by default).
const gateway = `http://127.0.0.1:${process.env.GATEWAY_PORT || 4000}`;

export default defineConfig({
  base: '/observatoire/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/graphql': gateway, '/exports': gateway } },
});
