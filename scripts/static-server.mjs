// A small static file server for the built site: `npm start` and the end-to-end tests both use it,
// so the tests exercise exactly what a user runs. Its security headers (CSP with frame-ancestors,
// nosniff, referrer and permissions policies) come from the build's own `_headers` file, as a
// Netlify or Cloudflare host would send them. Text is compressed (Brotli, else gzip) as such a host
// compresses it, so Lighthouse and the tests load the bytes a visitor's browser would.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/integrations/security-headers.ts';

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

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest', '.wasm']);
/** Compressed bodies by file, encoding and modification time: the build does not change while served. */
const compressed = new Map();

function encode(file, body, mtimeMs, acceptEncoding) {
  if (!compressible.has(extname(file)) || body.length < 1024) return undefined;
  const accepted = String(acceptEncoding ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
  if (!encoding) return undefined;
  const key = `${encoding}:${mtimeMs}:${file}`;
  let data = compressed.get(key);
  if (!data) {
    data = encoding === 'br' ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(body, { level: 9 });
    compressed.set(key, data);
  }
  return { encoding, data };
}

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
  let rules;
  try {
    rules = parseHeadersFile(readFileSync(join(base, '_headers'), 'utf8'));
  } catch (error) {
    throw new Error(`${join(root, '_headers')} cannot be read (${error instanceof Error ? error.message : String(error)}); run \`npm run build\``);
  }
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
      // The headers file is for the host, not for visitors.
      let file = pathname === '/_headers' ? undefined : await fileAt(target);
      let status = 200;
      if (!file) {
        status = 404;
        const locale = pathname.split('/')[1];
        file = (await fileAt(join(base, locale ?? '', '404', 'index.html'))) ?? (await fileAt(join(base, '404.html')));
      }
      if (!file) {
        response.writeHead(404, { ...headersFor(pathname, rules), 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const [body, info] = await Promise.all([readFile(file), stat(file)]);
      const encoded = encode(file, body, info.mtimeMs, request.headers['accept-encoding']);
      response.writeHead(status, {
        ...headersFor(pathname, rules),
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(compressible.has(extname(file)) ? { vary: 'Accept-Encoding' } : {}),
        ...(encoded ? { 'content-encoding': encoded.encoding } : {}),
        'content-length': String((encoded?.data ?? body).length),
      });
      response.end(request.method === 'HEAD' ? undefined : (encoded?.data ?? body));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveServer(server));
  });
}
