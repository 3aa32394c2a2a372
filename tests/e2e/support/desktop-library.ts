// The built interface served over a library folder, and a browser to open it: where the tests
// that give the page the desktop bridge run the desktop app's screens.
import type { Browser } from 'playwright-core';
import { startServer } from '#core/http/http-server.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import type { Portal } from '#core/portal.ts';
import { launchHeadlessChromium } from '#scripts/headless-chromium.ts';
import { ensureRendererBuilt } from '#scripts/portal-ui/renderer-build.ts';

export async function serveDesktopLibrary(
  portal: Portal,
  libraryDir: string,
): Promise<{ server: RunningServer; browser: Browser }> {
  const staticDir = await ensureRendererBuilt();
  const [server, browser] = await Promise.all([
    startServer({ portal, port: 0, staticDir, libraryDir }),
    launchHeadlessChromium(),
  ]);
  return { server, browser };
}
