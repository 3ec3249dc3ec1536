// A tiny static file server on a free localhost port, for the browser tests and the viewer benchmark: the built
// app at `/`, and further directories under their own prefixes (test fixtures, the bare MapLibre page).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer { url: string; close: () => Promise<void> }

/** `roots` maps URL prefixes (ending in `/`) to directories; the longest matching prefix wins. */
export async function serveStatic(roots: Record<string, string>): Promise<StaticServer> {
  const prefixes = Object.keys(roots).sort((a, b) => b.length - a.length);
  const server: Server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const prefix = prefixes.find((p) => pathname.startsWith(p));
      if (!prefix) { res.writeHead(404).end(); return; }
      const root = path.resolve(roots[prefix]);
      let file = path.resolve(root, '.' + pathname.slice(prefix.length - 1));
      if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
