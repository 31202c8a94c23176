import type { APIRoute } from 'astro';
import { corpusSchema, jsonResponse } from '../../site/downloads.ts';

export const GET: APIRoute = () => jsonResponse(corpusSchema());
