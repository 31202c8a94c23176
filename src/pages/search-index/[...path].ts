import type { APIRoute, GetStaticPaths } from 'astro';
import { searchFiles } from '../../search/build-files.ts';
import { searchDocuments } from '../../search/documents.ts';
import { loadRecords } from '../../site/load.ts';

/** The search index files (src/search/files.ts), fetched by the browser as queries need them: compact, since only a script reads them. */
export const getStaticPaths = (async () => {
  const files = searchFiles(searchDocuments(await loadRecords()));
  return [...files].map(([path, body]) => ({ params: { path }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['body'] as string, { headers: { 'Content-Type': 'application/json' } });
