// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  // Scripts stay external files, never inlined, so a strict Content Security Policy needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
});
