/** A worker thread that extracts the articles it is sent, one message each. */
import { parentPort } from 'node:worker_threads';
import { articleInput } from '../load-files.ts';
import { extractArticleRecords } from '../article-extraction.ts';
import { InputError, InputErrors } from '../errors.ts';
import type { ExtractReply, ExtractRequest, ProblemData } from './messages.ts';

const asData = (p: InputError): ProblemData => ({ file: p.file, message: p.message, ...(p.field === undefined ? {} : { field: p.field }), ...(p.line === undefined ? {} : { line: p.line }) });

function reply({ job, file, text }: ExtractRequest): ExtractReply {
  try {
    return { job, extraction: extractArticleRecords(articleInput(text, file)) };
  } catch (error) {
    if (error instanceof InputErrors) return { job, problems: error.problems.map(asData) };
    if (error instanceof InputError) return { job, problems: [asData(error)] };
    return { job, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort?.on('message', (request: ExtractRequest) => parentPort?.postMessage(reply(request)));
