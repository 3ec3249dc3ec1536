// The pipeline Web Worker: the same core as the CLI, off the page's main thread.
// Started by `createPipelineClient()` (pipelineClient.ts); the logic is in pipelineWorkerCore.ts.
/// <reference lib="webworker" />
import { fetchGazetteer } from '../gazetteer/loadGazetteer';
import { createWorkerHandler } from './pipelineWorkerCore';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerHandler({
  post: (message: FromWorker) => scope.postMessage(message),
  loadIndex: fetchGazetteer,
});
scope.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
