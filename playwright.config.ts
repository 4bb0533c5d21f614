import { defineConfig } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './server/browser/findChromium.ts';

// End-to-end tests drive the web build in a real Chromium. `npm run test:e2e` builds it first;
// the `concord serve` command hosts it exactly as `npm run web` does.
const PORT = Number(process.env.CONCORD_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'test',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    acceptDownloads: true,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node bin/concord.js serve --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
