// `npm start`: build the site when the build is missing or older than the sources, then serve it.
import { buildIfNeeded } from './build-if-needed.mjs';
import { startStaticServer } from './static-server.mjs';

buildIfNeeded();
const port = Number(process.env.PORT ?? 4321);
await startStaticServer({ root: 'dist', port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Mentorkit is running at http://localhost:${port}/ (Ctrl+C to stop)`);
