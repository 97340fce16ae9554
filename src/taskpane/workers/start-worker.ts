// Starting the submission worker. webpack 5 bundles `new Worker(new URL(…, import.meta.url))` as
// its own chunk; this throws where workers are not allowed (the caller then reads in the pane).

export function startSubmissionWorker(): Worker {
  return new Worker(new URL('./submission.worker.ts', import.meta.url));
}
