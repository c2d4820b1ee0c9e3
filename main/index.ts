/** Electron entry: one hardened window, the menu, and the IPC handlers. Kept thin; logic lives in tested modules. */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_SCHEME, APP_URL, registerAppProtocol } from './app-protocol.js';
import { createAppHandlers } from './app-handlers.js';
import { SCAN_EVENT_CHANNEL } from './channels.js';
import { openExternalSafely, openHelpPage } from './external-links.js';
import { createHistoryStore } from './history.js';
import { registerIpc } from './ipc.js';
import { menuTemplate } from './menu.js';
import { createReportServices } from './reports-bridge.js';
import { createWorkerScanRunner } from './scan-runner.js';
import { createAppWindow, hardenContents, hardenSession, isTrustedSender, registerAppPreload } from './security.js';
import { listQuestions, readStartInfo } from './start-info.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null);
const rendererDir = path.join(here, '../renderer');
const appUrl = devServerUrl ?? APP_URL;
const openHelpUrl = (url: string): void => void openExternalSafely(shell, url);

let mainWindow: BrowserWindow | null = null;

const createWindow = (): BrowserWindow => {
  const win = createAppWindow(BrowserWindow);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(appUrl);
  return win;
};

const pickFolder = async (title: string, buttonLabel: string): Promise<string | null> => {
  const options = { title, buttonLabel, defaultPath: app.getPath('home'), properties: ['openDirectory' as const, 'createDirectory' as const] };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
};

// Must happen before "ready": the page's own scheme, so it never runs from file://.
protocol.registerSchemesAsPrivileged([APP_SCHEME]);

// Every web contents (including any a bug might create) gets the same navigation rules.
app.on('web-contents-created', (_event, contents) => hardenContents(contents, openHelpUrl));

void app.whenReady().then(async () => {
  registerAppProtocol(protocol, (fileUrl) => net.fetch(fileUrl), rendererDir);
  hardenSession(session.defaultSession, devServerUrl);
  registerAppPreload(session.defaultSession, path.join(here, '../preload/index.cjs'));
  const dataDir = app.getPath('userData');
  const reports = await createReportServices(path.join(dataDir, 'signing'));
  const handlers = createAppHandlers({
    history: createHistoryStore(path.join(dataDir, 'scans'), reports.sign),
    runScan: createWorkerScanRunner(path.join(here, 'scan-worker.js'), app.getVersion()),
    emit: (event) => mainWindow?.webContents.send(SCAN_EVENT_CHANNEL, event),
    startInfo: readStartInfo,
    questions: listQuestions,
    chooseFolder: () => pickFolder('Choose a folder to search for patient records', 'Search this folder'),
    chooseExportFolder: () => pickFolder('Choose where to save the reports', 'Save here'),
    showItemInFolder: (file) => shell.showItemInFolder(file),
    openHelp: (topic) => openHelpPage(shell, topic),
    attest: reports.attest,
    exportBundle: reports.exportBundle,
    assessBreach: reports.assessBreach,
    now: () => new Date(),
  });
  registerIpc(ipcMain, handlers, (frame) => isTrustedSender(frame, appUrl));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, app.isPackaged, (topic) => void openHelpPage(shell, topic))));
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
