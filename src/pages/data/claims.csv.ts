import type { APIRoute } from 'astro';
import { loadRecords } from '../../site/load.ts';
import { claimsCsv } from '../../site/downloads.ts';

export const GET: APIRoute = async () =>
  new Response(claimsCsv(await loadRecords()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
