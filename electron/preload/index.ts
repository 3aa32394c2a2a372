// The preload script (sandboxed): exposes the API contract as window.portal and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createPortalBridge } from './portal-bridge.ts';

contextBridge.exposeInMainWorld(
  'portal',
  createPortalBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
