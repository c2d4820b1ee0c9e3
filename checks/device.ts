/** Device inventory facts for the report header (OS name and version, model, serial). */
import type { Probe, SystemFacts } from './probe/probe.js';

export type DeviceFacts = {
  osName: string;
  osVersion: string;
  osBuild?: string;
  model?: string;
  serial?: string;
};

type SiOs = { distro?: string; release?: string; build?: string; codename?: string; kernel?: string };
type SiSystem = { manufacturer?: string; model?: string; serial?: string };

const FALLBACK_OS_NAME = { win32: 'Windows', darwin: 'macOS', linux: 'Linux' } as const;

const clean = (s: string | undefined): string | undefined => {
  const t = s?.trim();
  // Virtual machines and some OEMs report placeholders instead of real values.
  return t && !/^(-|unknown|none|default string|to be filled by o\.e\.m\.|system serial number|0)$/i.test(t) ? t : undefined;
};

/** Collects OS and hardware facts through systeminformation; missing facts stay undefined. */
export const collectDevice = async (probe: Probe, system: SystemFacts): Promise<DeviceFacts> => {
  const [os, hw] = await Promise.all([probe.si<SiOs>('device.os', 'osInfo'), probe.si<SiSystem>('device.system', 'system')]);
  const osInfo = os.ok ? os.value : {};
  const hwInfo = hw.ok ? hw.value : {};
  const model = [clean(hwInfo.manufacturer), clean(hwInfo.model)].filter(Boolean).join(' ');
  return {
    osName: clean(osInfo.distro) ?? FALLBACK_OS_NAME[system.platform],
    osVersion: clean(osInfo.release) ?? clean(osInfo.kernel) ?? 'unknown',
    ...(clean(osInfo.build) ? { osBuild: clean(osInfo.build) } : {}),
    ...(model ? { model } : {}),
    ...(clean(hwInfo.serial) ? { serial: clean(hwInfo.serial) } : {}),
  };
};
