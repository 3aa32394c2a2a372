// The IPC channel for each method of the contract, shared by the main process and the preload.
import type { PortalMethod } from './api.ts';

export function ipcChannel(method: PortalMethod): `portal:${PortalMethod}` {
  return `portal:${method}`;
}
