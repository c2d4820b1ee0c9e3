/** What the start screen and the questionnaire describe: check groups and checklist questions. */
import os from 'node:os';
import { ALL_CHECKS } from '../checks/registry.js';
import { CHECK_GROUPS, type CheckGroup } from '../checks/types.js';
import { checklistQuestions } from '../reports/index.js';
import type { GroupInfo, QuestionInfo, StartInfo } from './ipc-contract.js';

const GROUP_TEXT: Record<CheckGroup, { title: string; question: string; slow: boolean }> = {
  'disk-encryption': { title: 'Disk encryption', question: 'Would a lost or stolen laptop expose patient data?', slow: false },
  'messaging-apps': { title: 'Messaging apps', question: 'Are chat apps without a business associate agreement (BAA) installed?', slow: false },
  'patient-records': { title: 'Patient records on this computer', question: 'Where are files with patient information stored?', slow: true },
  'device-posture': { title: 'Device settings', question: 'Screen lock, firewall, updates, anti-malware, remote access and backups.', slow: false },
};

/** The check groups with their plain-language descriptions and how many checks each runs here. */
export const describeGroups = (platform: NodeJS.Platform = process.platform): GroupInfo[] =>
  CHECK_GROUPS.map((id) => ({
    id,
    ...GROUP_TEXT[id],
    checks: ALL_CHECKS.filter((c) => c.meta.group === id && c.meta.platforms.includes(platform as never)).length,
  }));

/** Facts for the start screen. */
export const readStartInfo = (): StartInfo => ({ homeDir: os.homedir(), platform: process.platform, hostname: os.hostname(), groups: describeGroups() });

/** The checklist questions a person may answer, with the hint on what to check first. */
export const listQuestions = (): QuestionInfo[] =>
  checklistQuestions.map((q) => ({ id: q.id, question: q.question, hint: q.hint, answerType: q.answerType, scope: q.scope }));
