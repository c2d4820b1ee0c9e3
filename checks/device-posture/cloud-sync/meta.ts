/** Static description of the cloud-sync check. */
import { PLATFORMS, type CheckMeta } from '../../types.js';

/** Meta for `cloud-sync`: Dropbox, Google Drive, OneDrive, iCloud Drive and Box sync folders, personal versus business. */
export const CLOUD_SYNC_META: CheckMeta = {
  id: 'cloud-sync',
  title: 'Cloud-sync folders (Dropbox, Google Drive, OneDrive, iCloud Drive, Box)',
  group: 'device-posture',
  platforms: PLATFORMS,
  safeguards: ['164.308(b)(1)', '164.314(a)(1)', '164.312(e)(1)'],
  insuranceControls: ['cloud-storage', 'vendor-baa'],
  rationale:
    'Files saved in a sync folder are copied to the provider. Personal accounts (Dropbox Basic/Plus, personal OneDrive, consumer Google Drive, iCloud) come with no Business Associate Agreement, so patient files in them are a disclosure to a company that has not agreed to protect them. Business accounts can be covered, but only when the organization has signed the provider\'s BAA.',
  remediation: {
    win32: ['Keep patient files out of personal sync folders; move them to the practice\'s BAA-covered storage.', 'Sign out of personal accounts on practice computers: OneDrive icon > Settings > Account > Unlink this PC; Dropbox > Preferences > Account > Unlink.'],
    darwin: ['Keep patient files out of personal sync folders; move them to the practice\'s BAA-covered storage.', 'Turn off iCloud Drive for practice data: System Settings > (your name) > iCloud > iCloud Drive; sign out of personal Dropbox/OneDrive/Google Drive.'],
    linux: ['Keep patient files out of personal sync folders; move them to the practice\'s BAA-covered storage, and unlink personal Dropbox/OneDrive clients (`dropbox stop` and remove ~/.dropbox).'],
  },
};
