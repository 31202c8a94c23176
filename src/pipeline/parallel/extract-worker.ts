/** A worker thread that extracts the articles it is sent, one message each. */
import { parentPort } from 'node:worker_threads';
import { articleInput } from '../load-files.ts';
import { extractArticleRecords } from '../article-extraction.ts';
import { problemsOf, type InputError } from '../errors.ts';
import type { ExtractReply, ExtractRequest, ProblemData } from './messages.ts';

const asData = (p: InputError): ProblemData => ({ file: p.file, message: p.message, ...p.where });

function reply({ job, file, text }: ExtractRequest): ExtractReply {
  try {
    return { job, extraction: extractArticleRecords(articleInput(text, file)) };
  } catch (error) {
    const problems = problemsOf(error);
    if (problems !== undefined) return { job, problems: problems.map(asData) };
    return { job, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort?.on('message', (request: ExtractRequest) => parentPort?.postMessage(reply(request)));
