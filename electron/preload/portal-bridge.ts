// window.portal: exactly the API contract, each method of the method table one
// ipcRenderer.invoke. The renderer never sees ipcRenderer itself, so it cannot reach any other
// channel.
import type { PortalApi } from '#shared/api.ts';
import { implementEveryMethod } from '#shared/api-methods.ts';
import { ipcChannel } from '#shared/ipc-channel.ts';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

export function createPortalBridge(invoke: Invoke): PortalApi {
  return implementEveryMethod<PortalApi>(
    (method) =>
      (...args: unknown[]) =>
        invoke(ipcChannel(method), ...args),
  );
}
