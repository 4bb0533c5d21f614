import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { findChromium, CHROMIUM_ARGS } from './server/browser/findChromium.ts';
import { pagedRuntimeAsset } from './scripts/pagedRuntimeAsset.ts';

// Unit tests live beside their code. Two projects: `node` for shared/, nodeshared/, electron/, server/ and the
// multi-process tests in test/; `renderer` runs the renderer's tests in our real Chromium (browser
// mode: real DOM, real IndexedDB, real localStorage), as the app runs. Playwright's end-to-end
// tests (*.spec.ts) are not run here.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'node',
          include: ['{shared,nodeshared,electron,server,test}/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react(), pagedRuntimeAsset()],
        define: { __APP_VERSION__: JSON.stringify('test') },
        // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the page under a test.
        optimizeDeps: {
          include: [
            '@handlewithcare/prosemirror-suggest-changes',
            '@noble/hashes/hmac.js',
            '@tiptap/core',
            '@tiptap/extension-collaboration',
            '@tiptap/extension-collaboration-caret',
            '@tiptap/extension-table',
            '@tiptap/extensions',
            '@tiptap/pm/model',
            '@tiptap/pm/schema-list',
            '@tiptap/pm/state',
            '@tiptap/pm/transform',
            '@tiptap/pm/view',
            '@tiptap/react',
            '@tiptap/starter-kit',
            '@tiptap/y-tiptap',
            'docx',
            'fflate',
            'htmlparser2',
            'lib0/buffer',
            'lib0/decoding',
            'lib0/encoding',
            'lib0/random',
            'lib0/string',
            'mammoth',
            'markdown-it',
            'markdown-it-footnote',
            'react',
            'react/jsx-dev-runtime',
            'react-dom/client',
            'y-indexeddb',
            'y-protocols/awareness',
            'y-websocket',
            'yjs',
            'zod',
            'zod/mini',
            'zod/v4/locales/en.js',
          ],
        },
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          // A relay process for the tests of the renderer's sync (`testRelay()`, `renderer/src/testing/relay.ts`).
          globalSetup: ['test/relay/support/rendererRelay.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
