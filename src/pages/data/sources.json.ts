import type { APIRoute } from 'astro';
import { loadRecords } from '../../site/load.ts';
import { recordsResponse } from '../../site/downloads.ts';

/** Articles then cited sources, as in the pipeline's output. */
export const GET: APIRoute = async () => recordsResponse((await loadRecords()).sources);
