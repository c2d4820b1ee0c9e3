/** Email addresses, found from each `@` outwards (no open-ended regex run from every word start). */
import type { Hit } from './types.js';

const LOCAL = /[A-Za-z0-9._%+-]/;
const DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/;
// Role mailboxes of organizations, not of a person.
const ROLE = /^(?:info|contact|support|help|noreply|no-reply|admin|office|sales|press|media|webmaster|privacy|billing|hello|team|careers|jobs|feedback|marketing|abuse|postmaster|security)$/i;

/** Finds email addresses; role mailboxes (info@, support@...) are skipped. At most `cap` hits. */
export const scanEmails = (text: string, cap = 5_000): Hit[] => {
  const hits: Hit[] = [];
  for (let at = text.indexOf('@'); at !== -1 && hits.length < cap; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL.test(text[start - 1]!)) start--;
    if (start === at) continue;
    const domain = DOMAIN.exec(text.slice(at + 1, at + 256));
    if (!domain) continue;
    const local = text.slice(start, at).replace(/^[._%+-]+/, '');
    if (!local || ROLE.test(local)) continue;
    hits.push({ kind: 'email', value: `${local}@${domain[0]}`, score: 0.6, strength: 'pattern' });
  }
  return hits;
};
