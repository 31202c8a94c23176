import type { APIRoute } from 'astro';
import { loadRecords } from '../../site/load.ts';
import { jsonResponse } from '../../site/downloads.ts';

export const GET: APIRoute = async () => jsonResponse((await loadRecords()).claims);
