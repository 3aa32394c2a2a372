// The desktop app's main process: Electron wiring only. Every decision it acts on (web
// preferences, what the protocol serves, where navigation may go, who may call the engine, where
// the window opens) lives in a module of its own with its own tests.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import type { WebContents } from 'electron';
import { FIND_IN_DOCUMENT_EVENT } from '#shared/app-menu-strings.ts';
import { openPortal } from '#core/portal.ts';
import { sharingController } from '#core/classroom/sharing-controller.ts';
import type { SharingController } from '#core/classroom/sharing-controller.ts';
import { documentTitlesFrom } from '#core/serving/app-files.ts';
import { readingListDownloadsFrom } from '#core/serving/list-download.ts';
import { createFirstPageImages } from '#core/first-page/first-page-images.ts';
import { launchDrawingUtility } from './drawing-utility-host.ts';
import { appMenuTemplate } from './app-menu.ts';
import { launchClassroomUtility } from './classroom-utility-host.ts';
import { dataFolders } from './data-folders.ts';
import type { DataFolders } from './data-folders.ts';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-origin.ts';
import { handleAppRequest } from './app-protocol.ts';
import { externalLinkDialog, OPEN_BUTTON } from './external-link-dialog.ts';
import { utilityIngestHost } from './ingest-utility-host.ts';
import { chooseFiles } from './file-chooser.ts';
import {
  bundledLibraryFolder,
  libraryLocation,
  markLibraryIndexed,
  prepareLibrary,
} from '#core/library/library-location.ts';
import type { StartupPlan } from '#core/library/library-location.ts';
import { registerApiHandlers } from './ipc-handlers.ts';
import { openLibrarySession } from './library-session.ts';
import { createSearchPool } from '#core/search/search-pool.ts';
import { DESKTOP_OCR_WORKERS, launchOcrUtility } from './ocr-utility-host.ts';
import { ocrController } from '#core/ocr-run/ocr-controller.ts';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import type { LibrarySession } from './library-session.ts';
import { guardNavigation } from './navigation-guard.ts';
import type { ExternalLinkOpener } from './navigation-guard.ts';
import { isPermissionGranted } from './permissions.ts';
import { buildWindowOptions } from './web-preferences.ts';
import { placeWindow, readWindowState, writeWindowState } from './window-state.ts';

// Paths of the built files beside this bundle (dist/electron/main/index.js).
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const REMOTE_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

const logError = (error: unknown) => console.error(error);

/** The static copy's page script and stylesheet, built beside the interface. */
const builtCopyPage = (appPath: string) => ({
  script: join(appPath, 'dist', 'static-copy', 'static-copy.js'),
  style: join(appPath, 'dist', 'static-copy', 'static-copy.css'),
});

// Before "ready": the scheme's privileges, and where everything is written (the same data folder
// the command line uses, or beside the portable .exe on a USB stick).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
for (const [name, path] of Object.entries(
  dataFolders({ env: process.env, platform: process.platform, appData: app.getPath('appData') }),
))
  app.setPath(name as keyof DataFolders, path);

if (app.requestSingleInstanceLock()) {
  runApp();
} else {
  app.quit();
}

function runApp(): void {
  const devTools = !app.isPackaged;
  let mainWindow: BrowserWindow | null = null;
  let library: LibrarySession | null = null;
  let sharing: SharingController | null = null;
  const menuState = { ingestRunning: false, sharing: false, language: 'en' };

  const linkOpener = (contents: WebContents): ExternalLinkOpener => ({
    async confirm(url) {
      const owner = BrowserWindow.fromWebContents(contents);
      const options = externalLinkDialog(url);
      const answer = owner
        ? await dialog.showMessageBox(owner, options)
        : await dialog.showMessageBox(options);
      return answer.response === OPEN_BUTTON;
    },
    open: (url) => shell.openExternal(url),
  });

  const updateMenu = (change: Partial<typeof menuState> = {}) => {
    Object.assign(menuState, change);
    const template = appMenuTemplate({
      isMac: process.platform === 'darwin',
      devTools,
      ...menuState,
      onCancelIngest: () => library?.cancelIngest(),
      onStopSharing: () => void sharing?.stop(),
      // The interface's own find bar, as Ctrl+F (Cmd+F) opens it in the page.
      onFind: () =>
        void mainWindow?.webContents.executeJavaScript(
          `window.dispatchEvent(new Event(${JSON.stringify(FIND_IN_DOCUMENT_EVENT)}))`,
        ),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const createWindow = async () => {
    const stateFile = join(app.getPath('userData'), 'window-state.json');
    const primary = screen.getPrimaryDisplay();
    const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
    const placement = placeWindow(
      await readWindowState(stateFile),
      displays.map((d) => d.workArea),
    );
    const window = new BrowserWindow(buildWindowOptions(placement, PRELOAD_PATH, { devTools }));
    mainWindow = window;
    if (placement.maximized) window.maximize();
    window.once('ready-to-show', () => window.show());
    window.on('close', () => {
      try {
        writeWindowState(stateFile, {
          bounds: window.getNormalBounds(),
          maximized: window.isMaximized(),
        });
      } catch (error) {
        logError(error);
      }
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    await window.loadURL(APP_ENTRY_URL);
  };

  // First run, an interrupted first indexing, or files read by an older version of the app.
  const indexIfNeeded = async (session: LibrarySession, plan: StartupPlan) => {
    // Scanned pages left from the last session are read again from where they were.
    if (!plan.indexLibrary && !session.hasOutdatedText()) return session.startOcr();
    const result = await session.indexLibrary();
    if (result.ok && !result.value.cancelled)
      await markLibraryIndexed(libraryLocation(app.getPath('userData')), new Date());
    else if (!result.ok)
      dialog.showErrorBox('The library could not be indexed', result.error.message);
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) =>
    guardNavigation(contents, linkOpener(contents), logError),
  );

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (!mainWindow && library) createWindow().catch(logError);
  });

  app.on('will-quit', () => {
    sharing?.close();
    library?.close();
  });

  app
    .whenReady()
    .then(async () => {
      const location = libraryLocation(app.getPath('userData'));
      const bundled = bundledLibraryFolder({
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        appPath: app.getAppPath(),
      });
      const plan = await prepareLibrary(bundled, location);
      const opened = openLibrarySession({
        location,
        openEngine: (where) => {
          const engine = openPortal({
            ...where,
            copyPageAssets: builtCopyPage(app.getAppPath()),
            dataFolder: app.getPath('userData'),
          });
          // A last good copy of what the user wrote, made while the window opens.
          engine.backUpUserData().catch(logError);
          return engine;
        },
        ingestHost: utilityIngestHost,
        // One thread: the window stays free while it searches, and each thread holds its own
        // copy of the library's attributes.
        searches: (where) => createSearchPool({ libraryDbPath: where.libraryDbPath, threads: 1 }),
        ocr: (engine) =>
          ocrController({
            engine: engine.api,
            launch: launchOcrUtility,
            run: {
              libraryDbPath: location.libraryDbPath,
              libraryFolder: location.libraryFolder,
              dataFolders: ocrDataFolders({ dataFolder: app.getPath('userData') }),
              cacheFolder: join(app.getPath('userData'), 'ocr-cache'),
              workers: DESKTOP_OCR_WORKERS,
              drawInProcess: true,
            },
            onFinished: (result) => {
              if (!result.ok) logError(new Error(result.error.message));
            },
          }),
        chooseFiles: (request) =>
          chooseFiles(
            {
              open: (options) =>
                mainWindow
                  ? dialog.showOpenDialog(mainWindow, options)
                  : dialog.showOpenDialog(options),
              save: (options) =>
                mainWindow
                  ? dialog.showSaveDialog(mainWindow, options)
                  : dialog.showSaveDialog(options),
            },
            request,
          ),
        setMenuLanguage: (language) => updateMenu({ language }),
        // The taskbar or dock shows how far indexing has gone (2 means "busy, no figure yet").
        onProgress: (progress) =>
          mainWindow?.setProgressBar(progress.total > 0 ? progress.done / progress.total : 2),
        onIngestRunning: (running) => {
          updateMenu({ ingestRunning: running });
          mainWindow?.setProgressBar(running ? 2 : -1);
        },
      });
      library = opened;

      const ses = session.defaultSession;
      ses.setPermissionRequestHandler((contents, permission, callback) =>
        callback(isPermissionGranted(permission, contents.getURL())),
      );
      ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
        isPermissionGranted(permission, requestingOrigin),
      );
      // Nothing in the app reaches the network; refuse it for every page, whatever its CSP says.
      ses.webRequest.onBeforeRequest({ urls: REMOTE_URLS }, (_details, callback) =>
        callback({ cancel: true }),
      );
      const staticDir = join(app.getAppPath(), 'dist', 'renderer');
      // In the user's data folder, not the library's: the library may be on a read-only stick.
      const firstPages = createFirstPageImages({
        cacheFolder: join(app.getPath('userData'), 'first-pages'),
        launch: launchDrawingUtility,
      });
      protocol.handle(APP_SCHEME, (request) =>
        handleAppRequest(request, {
          staticDir,
          libraryDir: location.libraryFolder,
          resolveDocumentFile: (id) => opened.resolveDocumentFile(id),
          documentTitle: documentTitlesFrom(opened.api),
          lists: readingListDownloadsFrom(opened.api, (id) => opened.isShareable(id)),
          firstPages,
        }),
      );
      sharing = sharingController({
        launch: launchClassroomUtility,
        library: {
          libraryDbPath: location.libraryDbPath,
          userDbPath: location.userDbPath,
          libraryFolder: location.libraryFolder,
          staticDir,
        },
        onChange: (status) => updateMenu({ sharing: status.state !== 'off' }),
        log: logError,
      });
      const api = { ...opened.api, ...sharing.api };
      registerApiHandlers(ipcMain, () => api);
      updateMenu();
      await createWindow();
      await indexIfNeeded(opened, plan);
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'The portal could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.quit();
    });
}
