import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountsCheck } from '../../../checks/device-posture/accounts/index.js';
import { readShadowEmptyAccounts, type AccountsEvidence } from '../../../checks/device-posture/accounts/collect.js';
import { collectCtx, failed, fakeProbe } from './fake-probe.js';

describe('accounts without a password from /etc/shadow', () => {
  it('returns only the names of accounts with an empty password field', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pa-shadow-'));
    const file = path.join(dir, 'shadow');
    await writeFile(file, 'root:$y$j9T$abcdefgh$hashhashhash:19000:0:99999:7:::\nkiosk::19000:0:99999:7:::\nbin:*:19000::::::\n');
    const result = await readShadowEmptyAccounts(file);
    expect(result).toEqual({ ok: true, accounts: ['kiosk'] });
    expect(JSON.stringify(result)).not.toContain('$y$');
    expect(await readShadowEmptyAccounts(path.join(dir, 'missing'))).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('uses the recorded task result when passwd -S is unavailable', async () => {
    const probe = fakeProbe(
      'linux',
      [
        { id: 'accounts.passwd-status', kind: 'run', result: { ...failed('not-found'), exitCode: null, stdout: '', stderr: '' } },
        { id: 'accounts.shadow-empty', kind: 'task', args: { path: '/etc/shadow' }, result: { ok: true, accounts: ['kiosk'] } },
      ],
      { elevated: true },
    );
    const evidence = (await accountsCheck.collect(collectCtx(probe, 'linux'))) as AccountsEvidence;
    expect(evidence.blankPasswords).toMatchObject({ state: 'found', accounts: ['kiosk'] });
  });
});
