import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/**
 * The browser version as an installable app that opens offline (issue 13): a web manifest and a
 * Workbox service worker (vite-plugin-pwa, generateSW) that precaches the whole build, every lazy
 * chunk and the paged runtime included, so a reload without network opens the app and every
 * feature works. A newer build installs beside the running one and waits: the app says so and
 * reloads into it when asked (registerType 'prompt'; renderer/src/offline/). The app registers the
 * worker itself, and only in a browser (never under Electron's app:// protocol).
 *
 * A manifest has one language: its name is the app's (the same in every language) and its description
 * English, said so by `lang` and `dir`, which tell the browser how to show them. Nothing else in the
 * shell is worded: the page's title and `lang`/`dir` are set by the app in the interface language.
 */
export function webAppShell(description: string): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    manifest: {
      name: 'Concord',
      short_name: 'Concord',
      description,
      lang: 'en',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f5fae',
      icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // The manifest and its icon are added by the plugin.
      globPatterns: ['**/*.{html,js,css,png,woff2}'],
      // Paged.js as a string for the desktop's inline print page; the browser loads paged-runtime-*.js.
      globIgnores: ['assets/paged.polyfill.min-*.js'],
      // The main chunk and the import worker are over Workbox's 2 MiB default; all of them are the app.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      // Any page of the app opens the cached shell (`/`, `/#join=…`), except the relay's own endpoints.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/(api|blobs|sync|sealed|debug)\//, /^\/(healthz|metrics)$/],
      cleanupOutdatedCaches: true,
      // The waiting worker takes over only when the person chooses Reload (no clientsClaim, no skipWaiting).
      clientsClaim: false,
      skipWaiting: false,
    },
  });
}
