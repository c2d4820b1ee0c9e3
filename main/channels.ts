/** IPC channel names, kept free of dependencies so the sandboxed preload can bundle them alone. */

/** Every channel the window may invoke, one method each on `window.practiceAudit`. */
export const CHANNELS = [
  'getStartInfo',
  'getQuestions',
  'chooseFolder',
  'startScan',
  'cancelScan',
  'listHistory',
  'loadReport',
  'compareScans',
  'saveAnswers',
  'exportReport',
  'showInFolder',
  'openHelp',
] as const;

/** A channel name. */
export type Channel = (typeof CHANNELS)[number];

/** IPC channels are namespaced so they cannot collide with Electron's own. */
export const ipcChannel = (channel: Channel): string => `practice-audit:${channel}`;

/** The event channel main uses to stream scan events to the window. */
export const SCAN_EVENT_CHANNEL = 'practice-audit:scan-event';
