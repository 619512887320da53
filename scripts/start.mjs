// `npm start`: build the site when the build is missing or older than the sources, then serve it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from './static-server.mjs';

const builtMarker = 'dist/index.html';
const sources = ['content', 'src', 'public', 'astro.config.mjs', 'package.json'];

function newestChange(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const needsBuild = !existsSync(builtMarker) || Math.max(...sources.map(newestChange)) > statSync(builtMarker).mtimeMs;
if (needsBuild) {
  console.log('Building the site…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const port = Number(process.env.PORT ?? 4321);
await startStaticServer({ root: 'dist', port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Mentorkit is running at http://localhost:${port}/ (Ctrl+C to stop)`);
