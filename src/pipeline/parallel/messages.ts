/** What the main thread and the extraction workers say to each other. */
import type { ArticleExtraction } from '../article-extraction.ts';

export interface ExtractRequest {
  job: number;
  file: string;
  text: string;
}

/** An input problem crosses the thread boundary as plain data and becomes an InputError again. */
export interface ProblemData {
  file: string;
  message: string;
  field?: string;
  line?: number;
}

export type ExtractReply =
  | { job: number; extraction: ArticleExtraction }
  | { job: number; problems: ProblemData[] }
  | { job: number; failure: string };
