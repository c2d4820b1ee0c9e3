/** The HTML report's stylesheet: system fonts only, and a print layout with one section per page. */
export const HTML_STYLE = `
:root { --ink:#1b1f24; --muted:#5b6570; --line:#d5dbe1; --bad:#b42318; --bad-bg:#fdecea; --warn:#8a5a00; --warn-bg:#fff4d6; --good:#146c2e; --good-bg:#e6f4ea; --info:#1d4f91; --info-bg:#e8f0fb; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f4f6f8; }
main { max-width: 960px; margin: 0 auto; padding: 8px 16px 48px; }
.page { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 24px 32px; margin: 16px 0; }
nav.toc { position: sticky; top: 0; z-index: 1; background: #1b2a3a; padding: 8px 16px; display: flex; flex-wrap: wrap; gap: 4px 16px; }
nav.toc a { color: #fff; text-decoration: none; font-size: 13px; }
h1, h2 { scroll-margin-top: 48px; }
h1 { font-size: 22px; margin: 0 0 12px; border-bottom: 2px solid #1b2a3a; padding-bottom: 6px; }
h2 { font-size: 17px; margin: 20px 0 8px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
p { margin: 6px 0; }
.small { font-size: 12px; }
p.muted { color: var(--muted); }
p.warn { color: var(--warn); }
.callout { border-left: 5px solid; border-radius: 4px; padding: 10px 14px; margin: 10px 0; }
.callout-title { font-weight: 700; font-size: 15px; margin-bottom: 4px; }
.callout.bad { border-color: var(--bad); background: var(--bad-bg); }
.callout.warn { border-color: #d29b00; background: var(--warn-bg); }
.callout.good { border-color: var(--good); background: var(--good-bg); }
.callout.info, .callout.muted { border-color: var(--info); background: var(--info-bg); }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 8px 0 12px; }
th, td { border: 1px solid var(--line); padding: 5px 7px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef1f4; font-size: 12px; }
table.small td, table.small th { font-size: 11.5px; }
.tag { display: inline-block; padding: 0 6px; border-radius: 3px; font-weight: 600; font-size: 12px; }
.tag.bad { color: var(--bad); background: var(--bad-bg); }
.tag.warn { color: var(--warn); background: var(--warn-bg); }
.tag.good { color: var(--good); background: var(--good-bg); }
.tag.info { color: var(--info); background: var(--info-bg); }
.tag.muted { color: var(--muted); background: #eef1f4; }
dl.kv { display: grid; grid-template-columns: minmax(120px, 26%) 1fr; gap: 2px 12px; margin: 6px 0 10px; font-size: 13px; }
dl.kv dt { color: var(--muted); }
dl.kv dd { margin: 0; overflow-wrap: anywhere; }
footer { text-align: center; color: var(--muted); font-size: 11px; padding: 12px; }
@media print {
  @page { size: letter; margin: 14mm 12mm; }
  body { background: #fff; font-size: 11pt; }
  nav.toc { display: none; }
  main { max-width: none; padding: 0; }
  .page { border: 0; padding: 0; margin: 0; break-after: page; }
  .page:last-child { break-after: auto; }
  tr, .callout, dl.kv { break-inside: avoid; }
  thead { display: table-header-group; }
  h1, h2, h3 { break-after: avoid; }
  footer { padding: 4px 0 0; }
}
`;
