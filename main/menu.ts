/** The application menu: standard edit/view/window roles, no developer tools in packaged builds. */
import type { MenuItemConstructorOptions } from 'electron';

/** Builds the menu template; `openHelp` opens an allow-listed help page in the browser. */
export const menuTemplate = (platform: NodeJS.Platform, packaged: boolean, openHelp: (topic: 'hhs-risk-analysis' | 'hhs-breach') => void): MenuItemConstructorOptions[] => [
  ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
  { label: '&File', submenu: [platform === 'darwin' ? { role: 'close' as const } : { role: 'quit' as const, label: 'E&xit' }] },
  { role: 'editMenu' },
  {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(packaged ? [] : [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
    ],
  },
  { role: 'windowMenu' },
  {
    role: 'help',
    submenu: [
      { label: 'HIPAA risk analysis guidance (hhs.gov)', click: () => openHelp('hhs-risk-analysis') },
      { label: 'Breach notification rule (hhs.gov)', click: () => openHelp('hhs-breach') },
    ],
  },
];
