import { parentPort, workerData } from 'node:worker_threads';
import type { Job } from './inputs.js';
import { batchContext, runJob, type BatchSetup } from './job.js';

// One batch worker: it loads pdfkit and the fonts once, then renders whatever the main thread
// hands it, one job at a time, until it is told to stop.

const setup = workerData as BatchSetup;
const ctx = batchContext(setup);
parentPort!.on('message', async (msg: { job: Job; index: number } | 'stop') => {
  if (msg === 'stop') return parentPort!.close();
  parentPort!.postMessage(await runJob(ctx, setup, msg.job, msg.index));
});
