/**
 * A static file server for the built site in tests: on 127.0.0.1 at a free
 * port, a folder serves its index.html, and an unknown path the site's own
 * 404.html with status 404, as a static host does.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  close(): Promise<void>;
}

const isFile = (path: string): Promise<boolean> => stat(path).then((s) => s.isFile(), () => false);

/** The file a URL path names inside `root`, if any; never a file outside it. */
async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = resolve(root, `.${decoded}`);
  if (path !== root && !path.startsWith(`${root}${sep}`)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) if (await isFile(candidate)) return candidate;
  return undefined;
}

export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    void (async () => {
      const found = await fileFor(root, pathname);
      const file = found ?? join(root, '404.html');
      const body = await readFile(file);
      response.writeHead(found === undefined ? 404 : 200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(body);
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((closed, failed) => {
        server.close((error) => (error ? failed(error) : closed()));
        server.closeAllConnections();
      }),
  };
}
