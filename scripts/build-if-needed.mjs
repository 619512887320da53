// Builds the site when the build is missing or older than the sources (`npm start`, `npm run lighthouse`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const builtMarker = 'dist/index.html';
const sources = ['content', 'src', 'public', 'astro.config.mjs', 'package.json'];

function newestChange(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

export function buildIfNeeded() {
  const needsBuild = !existsSync(builtMarker) || !existsSync('dist/_headers') || Math.max(...sources.map(newestChange)) > statSync(builtMarker).mtimeMs;
  if (!needsBuild) return;
  console.log('Building the site…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
