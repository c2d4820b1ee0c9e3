/** Parsers for the macOS application firewall and Linux firewalls (ufw, firewalld, nftables, iptables). */

/**
 * Reads the number in socketfilterfw's "(State = N)": 0 off, 1 on, 2 block all incoming.
 * macOS 15 changed the State 2 wording to "Firewall is blocking all non-essential incoming
 * connections." (kolide/launcher#1842), so the number is read, with the words only as a fallback.
 */
export const parseSocketfilterfwState = (stdout: string): number | undefined => {
  const match = /\(State = (\d+)\)/.exec(stdout);
  if (match) return Number(match[1]);
  if (/firewall is disabled/i.test(stdout)) return 0;
  if (/firewall is blocking all/i.test(stdout)) return 2;
  if (/firewall is enabled/i.test(stdout)) return 1;
  return undefined;
};

/** Reads `defaults read /Library/Preferences/com.apple.alf globalstate` (a bare integer). */
export const parseAlfGlobalstate = (stdout: string): number | undefined => {
  const text = stdout.trim();
  return /^\d+$/.test(text) ? Number(text) : undefined;
};

/** Reads ENABLED= from /etc/ufw/ufw.conf (whether ufw starts at boot). */
export const parseUfwConf = (text: string): boolean | undefined => {
  const match = /^\s*ENABLED\s*=\s*"?(yes|no)"?\s*$/im.exec(text);
  return match ? match[1]?.toLowerCase() === 'yes' : undefined;
};

/** Reads `ufw status` ("Status: active" / "Status: inactive"); undefined when it did not answer. */
export const parseUfwStatus = (stdout: string): boolean | undefined => {
  const match = /^Status:\s*(active|inactive)/im.exec(stdout);
  return match ? match[1]?.toLowerCase() === 'active' : undefined;
};

/** Reads `firewall-cmd --state` ("running" / "not running"). */
export const parseFirewalldState = (stdout: string): boolean | undefined => {
  const text = stdout.trim().toLowerCase();
  if (text === 'running') return true;
  if (text === 'not running') return false;
  return undefined;
};

/** True when `nft list ruleset` has an input-hook chain that drops or rejects (policy or rule). */
export const nftFiltersInput = (ruleset: string): boolean =>
  ruleset
    .split(/^\s*chain\s+/m)
    .slice(1)
    .some((chain) => /hook\s+input\b/.test(chain) && /\bpolicy\s+drop\b|\bdrop\b|\breject\b/.test(chain.split(/^\s*}\s*$/m)[0] ?? chain));

/** True when `iptables -S` drops by policy on INPUT or has INPUT rules that drop, reject or jump to a firewall chain. */
export const iptablesFiltersInput = (rules: string): boolean => {
  const lines = rules.split(/\r?\n/).map((l) => l.trim());
  if (lines.some((l) => /^-P INPUT (DROP|REJECT)$/.test(l))) return true;
  const inputRules = lines.filter((l) => l.startsWith('-A INPUT '));
  // A jump to any chain other than ACCEPT/RETURN/LOG is a filtering chain (ufw-*, INPUT_direct, f2b-*...).
  return inputRules.some((l) => / -j (?!ACCEPT\b|RETURN\b|LOG\b)\S+/.test(l));
};
