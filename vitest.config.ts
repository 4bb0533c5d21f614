import { defineConfig } from 'vitest/config';

// Unit tests live beside their code; multi-process tests (real relay processes) live in test/.
// Browser end-to-end tests are Playwright's (*.spec.ts) and are not run here.
export default defineConfig({
  test: {
    include: ['{shared,renderer,electron,server,test}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
