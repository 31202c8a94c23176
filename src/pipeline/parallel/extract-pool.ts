/**
 * Articles extracted on every core: each article's extraction depends on
 * that article alone, so worker threads can share the work. Small batches
 * stay on the main thread, where starting the workers (each loads the
 * tagger and the gazetteers) would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { articleInput } from '../load-files.ts';
import { extractArticleRecords, type ArticleExtraction } from '../article-extraction.ts';
import { InputError, problemsOf } from '../errors.ts';
import type { ExtractReply, ExtractRequest } from './messages.ts';

/** Below this many articles, one thread does it faster. */
const PARALLEL_FROM = 60;

export interface ExtractJob {
  file: string;
  text: string;
}

/** Each job's extraction, or the input problems that stopped it, in the jobs' order; `onDone` hears after each. */
export type JobResult = { extraction: ArticleExtraction } | { problems: InputError[] };

function inline(job: ExtractJob): JobResult {
  try {
    return { extraction: extractArticleRecords(articleInput(job.text, job.file)) };
  } catch (error) {
    const problems = problemsOf(error);
    if (problems === undefined) throw error;
    return { problems };
  }
}

export async function extractJobs(jobs: readonly ExtractJob[], onDone: () => void): Promise<JobResult[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(jobs.length / PARALLEL_FROM));
  if (threads <= 1) {
    return jobs.map((job) => {
      const result = inline(job);
      onDone();
      return result;
    });
  }
  const results: JobResult[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./extract-worker.ts', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) return resolve();
              const job = next++;
              worker.postMessage({ job, ...jobs[job]! } satisfies ExtractRequest);
            };
            worker.on('message', (reply: ExtractReply) => {
              if ('failure' in reply) return reject(new Error(`extracting ${jobs[reply.job]!.file} failed:\n${reply.failure}`));
              results[reply.job] = 'extraction' in reply
                ? { extraction: reply.extraction }
                : { problems: reply.problems.map((p) => new InputError(p.file, p.message, p)) };
              onDone();
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
