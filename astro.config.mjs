// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  // Scripts stay external files, never inlined, so a strict Content Security Policy needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  security: {
    // Astro adds script-src and style-src with the hashes of what it emits; everything else comes from the site itself.
    // The policy goes out in a <meta>, which browsers read without frame-ancestors: that one needs an HTTP header.
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
