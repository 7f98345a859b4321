/**
 * The comparison page's stylesheet (its sha256 is in the page's policy).
 * Projected at 1024×768 the at a glance fills the first screen; printed,
 * words break only at spaces and hyphens (`hyphens: manual`), and only a
 * marked long token (`.long`, ids in `code`) may break anywhere.
 */
export const COMPARE_STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #b9b9b9; --accent: #0b4f8a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem; color: var(--ink); background: #fff;
  font: 1rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  hyphens: manual; overflow-wrap: normal; word-break: normal; }
h1 { font-size: 1.6rem; line-height: 1.2; margin: 0 0 .3rem; }
h2 { font-size: 1.3rem; margin: 1.6rem 0 .5rem; padding-top: .3rem; border-top: 2px solid var(--accent); }
main > section:first-child h2 { margin-top: .6rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
p, li { max-width: 60rem; }
a { color: var(--accent); }
a:focus-visible, [tabindex]:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #d35400; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
.lead { color: var(--muted); margin: 0 0 .5rem; }
.note { border-left: 4px solid var(--accent); padding: .4rem .8rem; background: #eef4fa; }
.glance { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-start; }
.glance table { margin: 0; }
.facts { margin: 0; padding-left: 1.2rem; flex: 1 1 20rem; }
nav ol { columns: 2; margin: .3rem 0 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .2rem 0 .4rem; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; vertical-align: top; }
thead th { background: #f0f0f0; text-align: left; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.nw { white-space: nowrap; }
tbody th { text-align: left; font-weight: 600; }
.fold td { text-align: center; color: var(--muted); }
.long, code { overflow-wrap: anywhere; }
th button { font: inherit; color: inherit; background: none; border: 0; padding: 0; margin: 0;
  text-align: inherit; cursor: pointer; }
th button::after { content: "\\00a0\\2195"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: "\\00a0\\25B2"; color: var(--ink); }
th[aria-sort="descending"] button::after { content: "\\00a0\\25BC"; color: var(--ink); }
.filter { display: block; margin: .3rem 0 0; }
.filter input { font: inherit; padding: .1rem .3rem; }
.legend p { margin: 0; font-weight: 600; }
.legend dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; margin: .2rem 0 1rem; }
.legend dd { margin: 0; }
/* One hue, light to dark (ColorBrewer Blues): the order survives grey print and every
   kind of colour blindness; black text keeps at least 4.5:1 on each. No value is hatched. */
.h0 { background: #eff3ff; } .h1 { background: #c6dbef; } .h2 { background: #9ecae1; } .h3 { background: #6baed6; }
.hx { background: repeating-linear-gradient(135deg, #ffffff 0 4px, #d9d9d9 4px 6px); }
meter { width: 8rem; vertical-align: middle; }
code { font-size: .9em; }
footer { margin-top: 3rem; color: var(--muted); font-size: .9rem; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav, .skip, .filter { display: none; }
  .scroll { overflow: visible; }
  table { width: 100%; font-size: 8pt; }
  th, td { padding: 1px 3px; }
  td.n, th.n { white-space: normal; }
  th button::after { content: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  table { break-inside: auto; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .h0, .h1, .h2, .h3, .hx, meter, thead th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
