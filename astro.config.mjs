// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { jsWeightReport } from './src/integrations/js-weight.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

// The theme must be applied before first paint, so it is the one inline script; CSP allows it by hash.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

export default defineConfig({
  site: 'https://mentorkit.example',
  trailingSlash: 'always',
  // Linked stylesheets only: Astro's CSP hashes miss inline <style> blocks of components used in MDX.
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  // The guide has no code blocks, and Shiki's inline colour styles would break the CSP anyway.
  markdown: { syntaxHighlight: false },
  vite: {
    // Module workers as ES modules, so a worker's dynamic import() is a chunk of its own (the
    // import worker fetches the .xlsx reader only when a workbook is chosen), not inlined.
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro's content-asset modules start with a "use astro:head-inject" marker that Rolldown
          // reports as a module-level directive it may drop (withastro/astro#18087). Astro 7 finds
          // those modules by their ?astroPropagatedAssets id, not by the marker, so dropping it is
          // harmless: silence exactly this message, nothing else.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [mdx(), preact(), pagefindIndex(), securityHeaders(), jsWeightReport()],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
    },
  },
});
