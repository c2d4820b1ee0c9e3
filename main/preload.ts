/**
 * The preload: exposes exactly one object, `window.practiceAudit`, with one method per channel.
 * It never exposes ipcRenderer itself. Bundled as CommonJS; imports only electron and our files.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi } from './preload-api.js';

contextBridge.exposeInMainWorld('practiceAudit', buildPreloadApi(ipcRenderer));
