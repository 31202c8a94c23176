/** The test server behaves as a static host: folders serve index.html, unknown paths the 404 page with status 404. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './static-server.ts';

let dir = '';
let server: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'static-server-'));
  await mkdir(join(dir, 'search'));
  await Promise.all([
    writeFile(join(dir, 'index.html'), 'home'),
    writeFile(join(dir, '404.html'), 'not found'),
    writeFile(join(dir, 'search', 'index.html'), 'search'),
    writeFile(join(dir, 'search-index.json'), '{}'),
    writeFile(join(dir, 'app.js'), ''),
  ]);
  server = await serveStatic(dir);
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const get = async (path: string): Promise<[number, string | null, string]> => {
  const response = await fetch(`${server.origin}${path}`);
  return [response.status, response.headers.get('content-type'), await response.text()];
};

describe('serveStatic', () => {
  it('listens on 127.0.0.1 at a free port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
  });

  it('serves a folder as its index.html and files with their content types, query strings aside', async () => {
    expect(await get('/')).toEqual([200, 'text/html; charset=utf-8', 'home']);
    expect(await get('/search/?q=Atesh')).toEqual([200, 'text/html; charset=utf-8', 'search']);
    expect(await get('/search-index.json')).toEqual([200, 'application/json; charset=utf-8', '{}']);
    expect((await get('/app.js'))[1]).toBe('text/javascript; charset=utf-8');
  });

  it('answers an unknown path, a bad escape or a way out of the folder with the 404 page and status 404', async () => {
    for (const path of ['/nowhere/', '/%E0%A4%A', '/..%2F..%2Fetc%2Fpasswd']) {
      expect(await get(path)).toEqual([404, 'text/html; charset=utf-8', 'not found']);
    }
  });
});
