// The desktop app's front door without Electron, whose binary cannot run here: the page gets a
// window.portal with every method of the contract, as the preload gives it, and each call goes to
// the real engine through the same validation the main process's IPC handlers use. Only the
// system's file dialog and the application menu are played by the test.
import type { Page } from 'playwright-core';
import type { ChooseFilesRequest, PortalApi, Result } from '#shared/api.ts';
import { PORTAL_METHODS } from '#shared/api-methods.ts';
import { FIND_IN_DOCUMENT_EVENT } from '#shared/app-menu-strings.ts';
import { callApiMethod } from '#core/serving/call-api.ts';

export interface DesktopBridge {
  /** What the next "Choose files" or "Choose a folder" dialog answers (an empty list: cancelled). */
  answerDialogWith(paths: string[]): void;
  /** The requests the dialogs were opened with. */
  readonly dialogs: ChooseFilesRequest[];
  /** The languages the interface told the application menu to speak, in order. */
  readonly menuLanguages: string[];
  /** Chooses Edit › Find in the application menu, as the main process sends it to the page. */
  chooseMenuFind(): Promise<void>;
}

export async function installDesktopBridge(page: Page, engine: PortalApi): Promise<DesktopBridge> {
  let answer: string[] = [];
  const dialogs: ChooseFilesRequest[] = [];
  const menuLanguages: string[] = [];
  const api: PortalApi = {
    ...engine,
    chooseFiles: async (request) => {
      dialogs.push(request);
      return { ok: true, value: answer };
    },
    setMenuLanguage: async (language) => {
      menuLanguages.push(language);
      return { ok: true, value: true };
    },
  };
  await page.exposeFunction(
    '__portalInvoke',
    (method: string, args: unknown[]): Promise<Result<unknown>> =>
      (PORTAL_METHODS as string[]).includes(method)
        ? callApiMethod(api, method as (typeof PORTAL_METHODS)[number], args)
        : Promise.resolve({ ok: false, error: { code: 'forbidden', message: method } }),
  );
  await page.addInitScript((methods: string[]) => {
    const invoke = (window as unknown as Record<string, unknown>).__portalInvoke as (
      method: string,
      args: unknown[],
    ) => Promise<unknown>;
    const portal = Object.fromEntries(
      methods.map((method) => [method, (...args: unknown[]) => invoke(method, args)]),
    );
    Object.defineProperty(window, 'portal', { value: Object.freeze(portal) });
  }, PORTAL_METHODS);
  return {
    answerDialogWith(paths) {
      answer = paths;
    },
    dialogs,
    menuLanguages,
    chooseMenuFind: () =>
      page.evaluate((event) => {
        window.dispatchEvent(new Event(event));
      }, FIND_IN_DOCUMENT_EVENT),
  };
}
