import { describe, expect, it } from 'vitest';
import { expandTemplate, splitWildcard, userDirs } from '../../checks/messaging-apps/paths.js';
import { facts } from './fake-machine.js';

describe('catalog path templates', () => {
  const win = userDirs(facts('win32', 'C:\\Users\\pat', { APPDATA: 'D:\\Profiles\\pat\\Roaming', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }));
  const linux = userDirs(facts('linux', '/home/pat', { XDG_CONFIG_HOME: 'relative/ignored' }));
  const mac = userDirs(facts('darwin', '/Users/pat'));

  it.each([
    [win, '%APPDATA%\\Signal\\sql\\db.sqlite', 'D:\\Profiles\\pat\\Roaming\\Signal\\sql\\db.sqlite'],
    [win, '%LOCALAPPDATA%\\Packages\\MSTeams_8wekyb3d8bbwe', 'C:\\Users\\pat\\AppData\\Local\\Packages\\MSTeams_8wekyb3d8bbwe'],
    [win, '%USERPROFILE%\\Downloads\\Telegram Desktop', 'C:\\Users\\pat\\Downloads\\Telegram Desktop'],
    [win, '%PROGRAMFILES(X86)%\\Kakao\\KakaoTalk\\KakaoTalk.exe', 'C:\\Program Files (x86)\\Kakao\\KakaoTalk\\KakaoTalk.exe'],
    [linux, '$XDG_CONFIG_HOME/Signal', '/home/pat/.config/Signal'],
    [linux, '$XDG_DATA_HOME/TelegramDesktop/tdata', '/home/pat/.local/share/TelegramDesktop/tdata'],
    [linux, '~/.var/app/org.signal.Signal/config/Signal', '/home/pat/.var/app/org.signal.Signal/config/Signal'],
    [mac, '~/Library/Messages/chat.db', '/Users/pat/Library/Messages/chat.db'],
  ] as const)('expands %#: %s', (dirs, template, expected) => {
    expect(expandTemplate(template, dirs)).toBe(expected);
  });

  it('gives nothing for a variable the OS does not have', () => {
    expect(expandTemplate('%APPDATA%\\Signal', mac)).toBeUndefined();
  });

  it('splits a path at its wildcard segment', () => {
    const split = splitWildcard('/Users/pat/Library/Group Containers/*.ru.keepcoder.Telegram', 'darwin');
    expect(split).toMatchObject({ parent: '/Users/pat/Library/Group Containers', rest: [] });
    if ('segment' in split) {
      expect(split.segment.test('6N38VWS5BX.ru.keepcoder.Telegram')).toBe(true);
      expect(split.segment.test('6N38VWS5BX.ru.keepcoder.TelegramX')).toBe(false);
    }
    expect(splitWildcard('C:\\Users\\pat\\AppData\\Local\\Packages\\Microsoft.YourPhone_8wekyb3d8bbwe\\LocalCache\\Indexed\\*\\System\\Database\\phone.db', 'win32')).toMatchObject({ rest: ['System', 'Database', 'phone.db'] });
    expect(splitWildcard('/home/pat/.config/Signal', 'linux')).toEqual({ fixed: '/home/pat/.config/Signal' });
  });
});
