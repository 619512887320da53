// A small static file server for the built site: `npm start` and the end-to-end tests both use it,
// so the tests exercise exactly what a user runs.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
    return info.isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Serves `root` on 127.0.0.1:`port`; unknown paths get the 404 page of their language. */
export function startStaticServer({ root, port = 4321, host = '127.0.0.1' }) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const pathname = decodeURIComponent(url.pathname);
      const target = normalize(join(base, pathname));
      if (!target.startsWith(base)) {
        response.writeHead(403).end();
        return;
      }
      if (!extname(pathname) && !pathname.endsWith('/')) {
        const directory = await fileAt(join(target, 'index.html'));
        if (directory) {
          response.writeHead(301, { location: `${pathname}/${url.search}` }).end();
          return;
        }
      }
      let file = await fileAt(target);
      let status = 200;
      if (!file) {
        status = 404;
        const locale = pathname.split('/')[1];
        file = (await fileAt(join(base, locale ?? '', '404', 'index.html'))) ?? (await fileAt(join(base, '404.html')));
      }
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const body = await readFile(file);
      response.writeHead(status, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveServer(server));
  });
}
