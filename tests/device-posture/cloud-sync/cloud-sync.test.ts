import { describe, expect, it } from 'vitest';
import { parseRegQuery } from '../../../checks/probe/registry-parse.js';
import { analyzeCloudSync } from '../../../checks/device-posture/cloud-sync/analyze.js';
import type { CloudSyncEvidence } from '../../../checks/device-posture/cloud-sync/collect.js';
import { cloudSyncCheck } from '../../../checks/device-posture/cloud-sync/index.js';
import { parseCloudStorageEntry, parseDropboxInfo, parseOneDriveAccounts, type SyncAccount } from '../../../checks/device-posture/cloud-sync/parse.js';
import type { PatientRecords } from '../../../reports/schema.js';
import { analyzeCtx, collectCtx, exists, failed, fakeProbe, file, fixture, reg } from '../accounts/fake-probe.js';

const f = (name: string) => fixture('cloud-sync', name);

describe('cloud-sync parsers', () => {
  it('reads Dropbox personal and business', () => {
    expect(parseDropboxInfo(f('dropbox-info-personal-business.json'), 'x')?.map((a) => [a.account, a.folder])).toEqual([
      ['personal', '/Users/amy/Dropbox'],
      ['business', '/Users/amy/Dropbox (Acme Family Practice)'],
    ]);
    expect(parseDropboxInfo('not json', 'x')).toBeUndefined();
  });
  it('reads OneDrive accounts from the registry', () => {
    expect(parseOneDriveAccounts(parseRegQuery(f('windows-reg-onedrive-accounts.txt'))).map((a) => [a.account, a.folder, a.label])).toEqual([
      ['business', 'C:\\Users\\amy\\OneDrive - Acme Family Practice', 'Acme Family Practice'],
      ['personal', 'C:\\Users\\amy\\OneDrive', undefined],
    ]);
  });
  it.each([
    ['OneDrive-Personal', 'onedrive', 'personal'],
    ['OneDrive-AcmeFamilyPractice', 'onedrive', 'business'],
    ['GoogleDrive-amy.h@gmail.com', 'google-drive', 'personal'],
    ['GoogleDrive-amy@acmefamilypractice.com', 'google-drive', 'business'],
    ['Box-Box', 'box', 'unknown'],
  ])('macOS CloudStorage %s', (name, provider, account) => expect(parseCloudStorageEntry(name, `/Users/amy/Library/CloudStorage/${name}`)).toMatchObject({ provider, account }));
  it('ignores unrelated CloudStorage entries', () => expect(parseCloudStorageEntry('.DS_Store', 'x')).toBeUndefined());
});

const phiFile = (path: string, category: 'phi' | 'pii' = 'phi') => ({ path, category, format: 'csv', sizeBytes: 100, modifiedAt: '2026-11-01T00:00:00Z', identifiers: { mrn: 3 }, healthContext: { icd10: 2 }, estimatedPatients: 3, encrypted: false, samples: [] });
const records = (paths: string[]): PatientRecords => ({
  roots: ['/Users/amy'],
  partial: false,
  files: paths.map((p) => phiFile(p)),
  containers: [],
  totals: { filesSeen: 10, filesInspected: 10, bytesInspected: 1000, phiFiles: paths.length, piiFiles: 0, encryptedFiles: 0, estimatedPatients: 3 },
  skipped: {},
  errors: [],
});
const acct = (a: Partial<SyncAccount>): SyncAccount => ({ provider: 'dropbox', account: 'personal', folder: '/Users/amy/Dropbox', source: 'x', ...a });
const ev = (accounts: SyncAccount[]): CloudSyncEvidence => ({ accounts, unknowns: [], notChecked: [] });

describe('analyzeCloudSync verdicts', () => {
  it.each([
    ['nothing', [], {}, 'pass', []],
    ['personal Dropbox, records not scanned', [acct({})], {}, 'fail', ['cloud-sync:dropbox:personal']],
    ['personal Dropbox holding PHI', [acct({})], { 'patient-records': records(['/Users/amy/Dropbox/Billing/export.csv', '/Users/amy/Documents/x.csv']) }, 'fail', ['cloud-sync:patient-files:dropbox:personal', 'cloud-sync:dropbox:personal']],
    ['business OneDrive', [acct({ provider: 'onedrive', account: 'business', label: 'Acme', folder: '/Users/amy/Library/CloudStorage/OneDrive-Acme' })], { 'patient-records': records([]) }, 'unknown', ['cloud-sync:onedrive:business:Acme']],
    ['Google Drive of unknown kind', [acct({ provider: 'google-drive', account: 'unknown', folder: null })], {}, 'unknown', ['cloud-sync:google-drive:unknown']],
  ] as const)('%s', (_n, accounts, others, status, ids) => {
    const out = analyzeCloudSync(ev([...accounts]), analyzeCtx('darwin', others));
    expect(out.status).toBe(status);
    expect(out.findings.map((x) => x.id)).toEqual(ids);
  });
  it('says the cross-check was not done when patient records did not run', () => {
    const out = analyzeCloudSync(ev([acct({})]), analyzeCtx('darwin'));
    expect(out.summary).toMatch(/not cross-checked/);
    expect(out.findings[0]?.evidence.patientFileCrossCheck).toBe('not-done');
  });
  it('treats malformed patient-record evidence as not checked, not as clean', () => {
    const out = analyzeCloudSync(ev([acct({})]), analyzeCtx('darwin', { 'patient-records': { files: 'nope' } }));
    expect(out.findings[0]?.description).toMatch(/not in the expected shape/);
  });
  it('matches Windows paths case-insensitively', () => {
    const out = analyzeCloudSync(ev([acct({ provider: 'onedrive', folder: 'C:\\Users\\amy\\OneDrive' })]), analyzeCtx('win32', { 'patient-records': records(['c:\\users\\amy\\onedrive\\Scans\\chart.pdf']) }));
    expect(out.findings[0]?.id).toBe('cloud-sync:patient-files:onedrive:personal');
  });
});

describe('cloud-sync on each OS (replay)', () => {
  it('Windows: OneDrive personal + business and a personal Dropbox', async () => {
    const probe = fakeProbe(
      'win32',
      [
        { id: 'cloud.dropbox-info', kind: 'readFile', args: { path: 'C:\\Users\\amy\\AppData\\Local\\Dropbox\\info.json' }, result: file(f('dropbox-info-personal-windows.json')) },
        { id: 'cloud.dropbox-info', kind: 'readFile', result: failed('not-found') },
        { id: 'cloud.onedrive-accounts', kind: 'registry', result: reg(f('windows-reg-onedrive-accounts.txt')) },
        { id: 'cloud.google-drivefs', kind: 'stat', result: failed('not-found') },
        { id: 'cloud.icloud-windows', kind: 'stat', result: failed('not-found') },
        { id: 'cloud.box-windows', kind: 'stat', result: failed('not-found') },
      ],
      { env: { LOCALAPPDATA: 'C:\\Users\\amy\\AppData\\Local', APPDATA: 'C:\\Users\\amy\\AppData\\Roaming' } },
    );
    const e = (await cloudSyncCheck.collect(collectCtx(probe, 'win32'))) as CloudSyncEvidence;
    expect(e.accounts.map((a) => `${a.provider}:${a.account}`)).toEqual(['dropbox:personal', 'onedrive:business', 'onedrive:personal']);
    const out = cloudSyncCheck.analyze(e, analyzeCtx('win32', { 'patient-records': records(['C:\\Users\\amy\\OneDrive - Acme Family Practice\\charts.xlsx']) }));
    expect(out.status).toBe('fail');
    expect(out.findings.find((x) => x.id.startsWith('cloud-sync:onedrive:business'))?.description).toMatch(/1 file\(s\) with patient health information.*BAA/);
  });
  it('macOS: CloudStorage, iCloud Drive and Dropbox info.json', async () => {
    const probe = fakeProbe('darwin', [
      { id: 'cloud.dropbox-info', kind: 'readFile', result: file(f('dropbox-info-personal-business.json')) },
      { id: 'cloud.macos-cloudstorage', kind: 'listDir', result: { ok: true, entries: [{ name: 'OneDrive-AcmeFamilyPractice', type: 'dir' }, { name: 'GoogleDrive-amy.h@gmail.com', type: 'dir' }, { name: 'Dropbox', type: 'dir' }] } },
      { id: 'cloud.macos-legacy', kind: 'stat', result: failed('not-found') },
      { id: 'cloud.icloud-drive', kind: 'stat', result: exists },
    ]);
    const e = (await cloudSyncCheck.collect(collectCtx(probe, 'darwin'))) as CloudSyncEvidence;
    expect(e.accounts.map((a) => `${a.provider}:${a.account}`)).toEqual(['dropbox:personal', 'dropbox:business', 'onedrive:business', 'google-drive:personal', 'icloud-drive:personal']);
    expect(cloudSyncCheck.analyze(e, analyzeCtx('darwin')).status).toBe('fail');
  });
  it('Linux: nothing signed in passes and says what is not checked', async () => {
    const probe = fakeProbe('linux', [
      { id: 'cloud.dropbox-info', kind: 'readFile', result: failed('not-found') },
      { id: 'cloud.onedrive-linux', kind: 'stat', result: failed('not-found') },
    ]);
    const out = cloudSyncCheck.analyze(await cloudSyncCheck.collect(collectCtx(probe, 'linux')), analyzeCtx('linux'));
    expect(out.status).toBe('pass');
    expect(out.summary).toMatch(/not checked/);
  });
  it('reports an unreadable Dropbox file as could not determine', async () => {
    const probe = fakeProbe('linux', [
      { id: 'cloud.dropbox-info', kind: 'readFile', result: failed('denied', 'EACCES') },
      { id: 'cloud.onedrive-linux', kind: 'stat', result: failed('not-found') },
    ]);
    const out = cloudSyncCheck.analyze(await cloudSyncCheck.collect(collectCtx(probe, 'linux')), analyzeCtx('linux'));
    expect(out.findings.map((x) => `${x.id}:${x.status}`)).toEqual(['cloud-sync:unknown:Dropbox:unknown']);
  });
});
