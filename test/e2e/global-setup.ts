import type { TestProject } from 'vitest/node';
import type { Server } from 'node:http';
import { startStaticServer } from '../../scripts/static-server.mjs';

let server: Server | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = (await startStaticServer({ root: 'dist', port: 0 })) as Server;
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
}

export async function teardown(): Promise<void> {
  await new Promise((resolve) => server?.close(resolve));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
