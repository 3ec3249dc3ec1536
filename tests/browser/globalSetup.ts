// Vitest global set-up for the browser tests: builds the app exactly as `npm start` does (into a directory of this
// run's own, so neither a running `vite preview` of dist/ nor another test run at the same time is disturbed) and
// serves it on a free localhost port, with the test fixtures under /__fixtures/. The tests read the address with
// `inject('appUrl')`.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext { appUrl: string; appBuildError: string }
}

const APP_BUILD_DIR = fileURLToPath(new URL(`../../test-results/app-${process.pid}/`, import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

export default async function setup(project: TestProject) {
  // A broken build fails the browser tests (which report it), not every unit test run that shares this set-up.
  project.provide('appBuildError', '');
  try {
    await build({ root, logLevel: 'warn', build: { outDir: APP_BUILD_DIR, emptyOutDir: true, sourcemap: false } });
  } catch (e) {
    project.provide('appBuildError', e instanceof Error ? e.message : String(e));
  }
  const server = await serveStatic({ '/': APP_BUILD_DIR, '/__fixtures/': fileURLToPath(new URL('../fixtures/', import.meta.url)) });
  project.provide('appUrl', server.url);
  return async () => {
    await server.close();
    await rm(APP_BUILD_DIR, { recursive: true, force: true });
  };
}
