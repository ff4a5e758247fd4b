import { Worker } from 'node:worker_threads';
import type { Job } from './inputs.js';
import { batchContext, runJob, type BatchSetup, type JobResult } from './job.js';

/**
 * Renders the jobs on `workers` threads, handing out the next job as each finishes, so a slow
 * file never holds the others back. With one worker (or one job) it runs in this thread.
 */
export async function runPool(jobs: Job[], setup: BatchSetup, workers: number, onResult: (r: JobResult) => void): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  const record = (r: JobResult) => {
    results[r.index] = r;
    onResult(r);
  };
  const n = Math.max(1, Math.min(workers, jobs.length));
  if (n === 1) {
    const ctx = batchContext(setup);
    for (const [i, job] of jobs.entries()) record(await runJob(ctx, setup, job, i));
    return results;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, () => {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
      return new Promise<void>((resolve, reject) => {
        const feed = () => {
          if (next < jobs.length) {
            const index = next++;
            worker.postMessage({ job: jobs[index], index });
          } else worker.postMessage('stop');
        };
        worker.on('message', (r: JobResult) => {
          record(r);
          feed();
        });
        worker.on('error', reject);
        worker.on('exit', () => resolve());
        feed();
      });
    }),
  );
  return results;
}
