import type { InvokeMethod } from './ipcChannels.ts';
import { INVOKE_CHANNELS } from './ipcChannels.ts';
import type { IpcArgs } from './ipcSchemas.ts';
import { IPC_ARG_SCHEMAS } from './ipcSchemas.ts';
import type { SenderFrame } from './senderCheck.ts';
import { isTrustedSender } from './senderCheck.ts';

/** The parts of Electron's IpcMainInvokeEvent the router reads. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrame | null;
}

/** The parts of Electron's ipcMain the router uses (structural, so tests run without Electron). */
export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** One handler per HostApi method, receiving arguments already validated. */
export type IpcHandlers<E> = { [M in InvokeMethod]: (args: IpcArgs<M>, event: E) => unknown };

/** Refusal raised to the renderer; carries no echo of what was sent. */
export class IpcRefused extends Error {
  override name = 'IpcRefused';
}

/**
 * Registers every handler on its `concord:` channel behind two gates: the sender frame must show our
 * app:// page, and the arguments must parse with the method's schema. Returns an unregister function.
 */
export function registerIpcHandlers<E extends InvokeEventLike>(
  ipc: IpcMainLike<E>,
  handlers: IpcHandlers<E>,
): () => void {
  const methods = Object.keys(INVOKE_CHANNELS) as InvokeMethod[];
  for (const method of methods) {
    const channel = INVOKE_CHANNELS[method];
    ipc.handle(channel, (event, ...args) => {
      if (!isTrustedSender(event.senderFrame)) throw new IpcRefused(`${channel}: sender is not the Concord app`);
      const parsed = IPC_ARG_SCHEMAS[method].safeParse(args);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new IpcRefused(`${channel}: invalid arguments${issue ? ` (${issue.message})` : ''}`);
      }
      const handler = handlers[method] as (validated: unknown, event: E) => unknown;
      return handler(parsed.data, event);
    });
  }
  return () => methods.forEach((method) => ipc.removeHandler(INVOKE_CHANNELS[method]));
}
