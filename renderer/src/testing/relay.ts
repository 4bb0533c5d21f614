import { inject } from 'vitest';

/** A real relay for the renderer's tests, started by their global setup (test/relay/support/rendererRelay.ts). */
export interface TestRelay {
  /** `ws://127.0.0.1:PORT` */
  url: string;
  /** The workspace `token` is for (an editor's). */
  workspaceId: string;
  token: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    relay: TestRelay;
  }
}

/** The relay of this run. */
export const testRelay = (): TestRelay => inject('relay');
