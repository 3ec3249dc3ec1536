// `npm run test:measure`: the main-thread measurement (intake.longtasks.measure.ts) on its own, never beside other
// tests: another test file's Chromium or build on the same cores would be measured as this page's long tasks.
// Same set-up as the main configuration (the app is built and served by globalSetup).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from '../../vite.config';

export default defineConfig({
  ...base,
  root: fileURLToPath(new URL('../../', import.meta.url)),
  test: { ...base.test, include: ['tests/browser/intake.longtasks.measure.ts'] },
});
