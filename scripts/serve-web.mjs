// `npm run web`: serves the offline web checker (dist/web/) on 127.0.0.1 only, and the Word
// task pane under /word/. Static files, GET and HEAD only; nothing is logged or sent anywhere.
//   node scripts/serve-web.mjs [--port 8080]   (--port 0 picks a free port)
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOTS = { '/word/': join(ROOT, 'dist', 'word'), '/': join(ROOT, 'dist', 'web') };
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json',
};

const i = process.argv.indexOf('--port');
const port = i >= 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT ?? 8080);
if (!existsSync(join(ROOTS['/'], 'index.html'))) {
  console.error('web: dist/web/ is not built; run `npm run build` first');
  process.exit(2);
}

/** The file a URL path names inside its root, or undefined when it would leave it. */
function fileFor(urlPath) {
  for (const [prefix, root] of Object.entries(ROOTS)) {
    if (!urlPath.startsWith(prefix)) continue;
    let rel = decodeURIComponent(urlPath.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += prefix === '/word/' ? 'taskpane.html' : 'index.html';
    const file = normalize(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return undefined;
    return file;
  }
  return undefined;
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let file;
  try {
    file = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    file = undefined;
  }
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Tidak ditemukan\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`Etika ASN web checker: http://127.0.0.1:${actual}/  (Word task pane: http://127.0.0.1:${actual}/word/)`);
  console.log('Only this machine can reach it. Ctrl+C stops it.');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
