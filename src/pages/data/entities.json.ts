import type { APIRoute } from 'astro';
import { loadRecords } from '../../site/load.ts';
import { recordsResponse } from '../../site/downloads.ts';

export const GET: APIRoute = async () => recordsResponse((await loadRecords()).entities);
