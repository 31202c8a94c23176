// @ts-check
import { defineConfig } from 'astro/config';
import { pageKeys } from './src/integrations/page-keys.ts';
import { staleOutput } from './src/integrations/stale-output.ts';

// Renders again only the pages that can have changed since the last build (src/site/page-keys/).
const keys = pageKeys();

export default defineConfig({
  trailingSlash: 'always',
  // Pages render while earlier ones are written: about a quarter off the build on two cores.
  build: { concurrency: 4 },
  // The benchmark gives each build its own cache (extractions included), so that a cold build is cold.
  ...(process.env.NCE_CACHE_DIR ? { cacheDir: process.env.NCE_CACHE_DIR } : {}),
  vite: {
    build: {
      // Scripts stay external files, never inlined, so a strict Content Security Policy needs no 'unsafe-inline'.
      assetsInlineLimit: 0,
      // A rebuild writes over the last build's pages; staleOutput() then removes what it did not write.
      emptyOutDir: false,
    },
  },
  integrations: [keys, staleOutput(keys.keptPages)],
  security: {
    // Astro adds script-src and style-src with the hashes of what it emits; everything else comes from the site itself.
    // The policy goes out in a <meta>, which browsers read without frame-ancestors: that one needs an HTTP header.
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
