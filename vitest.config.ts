import { defineConfig } from 'vitest/config';

/** The tests of the built site share one build of it (tests/support/global-build.ts); the others never wait for it. */
const builtSite = ['tests/site/built-*.test.ts', 'tests/browser/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: builtSite } },
      // Browser steps share the machine with the second build of tests/site/built-deterministic.test.ts: more time than the 5 s default.
      { test: { name: 'built site', include: builtSite, globalSetup: ['tests/support/global-build.ts'], testTimeout: 15_000 } },
    ],
  },
});
