/** Renders the report as one self-contained HTML file: inline CSS, no scripts, no network. */
import type { Report } from '../schema.js';
import { cellText, cellTone, type Block, type Cell, type RenderOptions } from './blocks.js';
import { buildDocument } from './document.js';
import { HTML_STYLE } from './html-style.js';

/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const cell = (c: Cell, tag: 'td' | 'th'): string => {
  const tone = cellTone(c);
  const text = escapeHtml(cellText(c));
  const inner = tone ? `<span class="tag ${tone}">${text}</span>` : typeof c !== 'string' && c.bold ? `<strong>${text}</strong>` : text;
  return `<${tag}>${inner}</${tag}>`;
};

const block = (b: Block): string => {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}${b.id ? ` id="${escapeHtml(b.id)}"` : ''}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p class="${[b.small ? 'small' : '', b.tone ?? ''].join(' ').trim()}">${escapeHtml(b.text)}</p>`;
    case 'callout':
      return `<div class="callout ${b.tone}"><div class="callout-title">${escapeHtml(b.title)}</div>${b.lines.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}</div>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>`;
    }
    case 'kv':
      return `<dl class="kv">${b.pairs.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
    case 'table':
      return `<table class="${b.small ? 'small' : ''}"><colgroup>${b.columns.map((c) => `<col style="width:${(c.width * 100).toFixed(1)}%">`).join('')}</colgroup><thead><tr>${b.columns.map((c) => cell(c.label, 'th')).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`).join('')}</tbody></table>`;
    case 'page-break':
      return '</section><section class="page">';
  }
};

const NAV = [
  ['summary', 'Summary'],
  ['inventory', 'Device'],
  ['patient-records', 'Patient records'],
  ['findings', 'Findings'],
  ['risks', 'Risk register'],
  ['safeguards', 'Safeguards'],
  ['checklist', 'Insurance checklist'],
  ['methodology', 'Methodology'],
  ['signature', 'Signatures'],
];

/** The complete HTML document as a string. */
export const renderHtml = (report: Report, opts: RenderOptions = {}): string => {
  const title = `HIPAA risk report: ${report.device.hostname}, ${report.device.scanFinishedAt.slice(0, 10)}`;
  const body = buildDocument(report, opts).map(block).join('\n');
  const footer = opts.signer ? `Signed; certificate SHA-256 ${opts.signer.fingerprint}` : 'Not digitally signed';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="practice-audit ${escapeHtml(report.tool.version)}">
<title>${escapeHtml(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<nav class="toc">${NAV.map(([id, label]) => `<a href="#${id}">${escapeHtml(label ?? '')}</a>`).join('')}</nav>
<main><section class="page">
${body}
</section></main>
<footer>${escapeHtml(`Practice Audit ${report.tool.version} | ${report.device.hostname} | ${footer}`)}</footer>
</body>
</html>
`;
};
