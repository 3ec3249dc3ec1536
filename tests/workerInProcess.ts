// The pipeline worker run in this process for Node tests: the worker's real handler and the page's real client,
// connected by structured-clone message passing delivered asynchronously, as between threads.
import { createWorkerHandler } from '../src/worker/pipelineWorkerCore';
import type { WorkerLike } from '../src/worker/pipelineClient';
import type { FromWorker, ToWorker } from '../src/worker/protocol';
import type { GazetteerIndex } from '../src/gazetteer/gazetteerIndex';
import { loadGazetteer } from '../src/gazetteer/loadGazetteerNode';

export function inProcessWorker(
  loadIndex: () => Promise<GazetteerIndex> = async () => loadGazetteer(),
  log: FromWorker[] = [],
  sent: ToWorker[] = [],
): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message: ToWorker) => { sent.push(message); const copy = structuredClone(message); setTimeout(() => handle(copy)); },
    terminate: () => {},
  };
  const handle = createWorkerHandler({
    post: (message) => {
      log.push(structuredClone(message));
      const copy = structuredClone(message);
      setTimeout(() => worker.onmessage?.({ data: copy } as MessageEvent<FromWorker>));
    },
    loadIndex: () => loadIndex(),
  });
  return worker;
}
