import type { APIRoute } from 'astro';
import { searchDocuments } from '../search/documents.ts';
import { loadRecords } from '../site/load.ts';

/** What the browser searches, fetched on first use of a search box: compact, since only a script reads it. */
export const GET: APIRoute = async () => new Response(JSON.stringify(searchDocuments(await loadRecords())));
