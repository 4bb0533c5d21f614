// Boot file of the renderer, shared by both shells: it picks the host (the desktop preload's
// `concordHost`, else the browser adapter) and mounts the app. Nothing else knows which shell it is in.
import { createRoot } from 'react-dom/client';
import type { HostApi } from '../../shared/host/HostApi.ts';
import { createWebHost } from './host/webHost.ts';
import { App } from './app/App.tsx';
import { startShellWorker } from './offline/shellWorker.ts';
import './ui/styles.css';

declare global {
  interface Window {
    concordHost?: HostApi;
  }
}

const host: HostApi = window.concordHost ?? createWebHost();
// In a browser, a service worker keeps the app for offline use and finds newer versions.
const updates = host.kind === 'web' && 'serviceWorker' in navigator ? startShellWorker() : undefined;
const root = document.getElementById('root');
if (root) createRoot(root).render(<App host={host} updates={updates} />);
