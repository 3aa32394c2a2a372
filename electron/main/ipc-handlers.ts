// One ipcMain handler per method of the contract. Each checks that the call comes from the app's
// own page, validates the arguments and returns a Result, never a thrown error.
import type { PortalApi, Result } from '#shared/api.ts';
import { PORTAL_METHODS } from '#shared/api-methods.ts';
import { callApiMethod, failure } from '#core/serving/call-api.ts';
import { isAppUrl } from './app-origin.ts';
import { ipcChannel } from '#shared/ipc-channel.ts';

/** What the handlers read from Electron's IpcMainInvokeEvent. */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
}

/** The part of Electron's ipcMain the handlers need. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>,
  ): void;
}

/** Only a frame showing the app's own page may call the engine (not a frame from elsewhere). */
export function isTrustedSender(event: InvokeEvent): boolean {
  return event.senderFrame !== null && isAppUrl(event.senderFrame.url);
}

/**
 * Registers every method. The engine is looked up on each call, so the main process can reopen
 * the library (after an import) without registering again.
 */
export function registerApiHandlers(ipcMain: IpcMainLike, engine: () => PortalApi): void {
  for (const method of PORTAL_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event, ...args) => {
      if (!isTrustedSender(event)) {
        return failure('forbidden', `${method} may be called only by the app's own page.`);
      }
      return callApiMethod(engine(), method, args);
    });
  }
}
