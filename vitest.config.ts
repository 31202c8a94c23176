import { defineConfig } from 'vitest/config';

/** The tests of the built site share one build of it (tests/support/global-build.ts); the others never wait for it. */
const builtSite = ['tests/site/built-site.test.ts', 'tests/browser/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: builtSite } },
      { test: { name: 'built site', include: builtSite, globalSetup: ['tests/support/global-build.ts'] } },
    ],
  },
});
