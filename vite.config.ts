import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The built app is offline by design: its Content-Security-Policy lets nothing load from another origin and no
// inline script run (defence in depth against markup in articles). Added to the build only, because the dev
// server injects an inline script of its own.
const OFFLINE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

const offlineCsp: Plugin = {
  name: 'offline-csp',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: OFFLINE_CSP }, injectTo: 'head-prepend' }],
};

export default defineConfig({
  plugins: [react(), offlineCsp],
  build: { outDir: 'dist', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the app and serves it on a free localhost port for the browser tests (tests/browser/).
    globalSetup: ['tests/browser/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
