import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../checks/messaging-apps/catalog.js';
import { buildMatchIndex, type MatchIndex } from '../../checks/messaging-apps/match.js';

const index = buildMatchIndex(CATALOG);
type Field = Exclude<keyof MatchIndex, 'processName'>;

// Positive and negative examples, like Semgrep's ruleid:/ok: cases.
describe('exact identifier matching', () => {
  it.each([
    ['macBundleId', 'net.whatsapp.WhatsApp', 'whatsapp'],
    ['macBundleId', 'ru.keepcoder.Telegram', 'telegram'],
    ['macBundleId', 'org.telegram.desktop', 'telegram'],
    ['macBundleId', 'com.microsoft.teams2', 'microsoft-teams'],
    ['macBundleId', 'com.kakao.KakaoTalkMac', 'kakaotalk'],
    ['macBundleId', 'com.automattic.beeper.desktop', 'beeper'],
    ['uninstallKey', '{53f49750-6209-4fbf-9ca8-7a333c87d1ed}_is1', 'telegram'],
    ['uninstallKey', 'element-desktop', 'element'],
    ['displayName', 'Signal 7.46.1', 'signal'],
    ['displayName', 'Telegram Desktop version 5.8.3', 'telegram'],
    ['displayName', 'Zoom(64bit)', 'zoom'],
    ['displayName', 'Zalo 26.9.10', 'zalo'],
    ['displayName', 'Microsoft Teams classic', 'microsoft-teams'],
    ['displayName', 'Discord PTB', 'discord'],
    ['displayName', 'Skype™ 7.41', 'skype'],
    ['packageFamilyName', 'TelegramMessengerLLP.TelegramDesktop_t4vj0pshhgkwm', 'telegram'],
    ['packageFamilyName', 'Microsoft.SkypeApp_kzf8qxf38zg5c', 'skype'],
    ['packageFamilyName', 'Threema.Desktop.Work_0abc', 'threema'],
    ['desktopFile', 'org.telegram.desktop._d41d8cd98f00b204e9800998ecf8427e.desktop', 'telegram'],
    ['desktopFile', 'com.slack.Slack.desktop', 'slack'],
    ['flatpakId', 'im.riot.Riot', 'element'],
    ['flatpakId', 'com.tencent.WeChat', 'wechat'],
    ['snapName', 'telegram-desktop', 'telegram'],
    ['systemPackage', 'wire-desktop', 'wire'],
  ] as [Field, string, string][])('%s %s -> %s', (field, value, appId) => {
    expect(index[field](value)).toBe(appId);
  });

  it.each([
    ['macBundleId', 'com.example.signal-analyzer'],
    ['macBundleId', 'com.apple.Safari'],
    ['macBundleId', 'com.tencent.WeWorkMac'],
    ['macAppName', 'Signal Analyzer.app'],
    ['displayName', 'Microsoft Teams Meeting Add-in for Microsoft Office'],
    ['displayName', 'Skype for Business Web App Plug-in'],
    ['displayName', 'Zoom Outlook Plugin'],
    ['displayName', 'ZoomIt'],
    ['displayName', 'SignalRgb'],
    ['displayName', 'Signal Hound Spike 3.9'],
    ['displayName', 'LINE WORKS'],
    ['displayName', 'Telegram Desktop Helper'],
    ['uninstallKey', 'Discord Bot Maker'],
    ['packageFamilyName', 'Microsoft.YourPhone_8wekyb3d8bbwe'],
    ['packageFamilyName', 'Microsoft.WindowsCalculator_8wekyb3d8bbwe'],
    ['desktopFile', 'signal-generator.desktop'],
    ['desktopFile', 'org.telegram.desktop.backup.desktop'],
    ['flatpakId', 'org.signal.SignalBackup'],
    ['snapName', 'signal'],
    ['systemPackage', 'zoomer'],
    ['executable', 'signal'],
  ] as [Field, string][])('%s %s -> nothing', (field, value) => {
    expect(index[field](value)).toBeUndefined();
  });
});
