import type { APIRoute } from 'astro';
import { loadRecords } from '../../site/load.ts';
import { claimsCsv } from '../../site/downloads.ts';

export const GET: APIRoute = async () => claimsCsv(await loadRecords());
