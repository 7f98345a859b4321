/**
 * The handout's stylesheet (its sha256 is in the page's policy). Printed it
 * fits A4; every mark tells itself apart without colour: the median outlines
 * by their dash pattern, the middle half as a framed box, the median as a thick
 * line, the own value as a diamond.
 */
export const HANDOUT_STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #b9b9b9; --brand: #0b4f8a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem 1.5rem; color: var(--ink); background: #fff;
  font: 1rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  hyphens: manual; overflow-wrap: normal; word-break: normal; }
.kicker { margin: 0; color: var(--muted); font-size: .9rem; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: .2rem 0 .3rem; }
h2 { font-size: 1.25rem; margin: 1.4rem 0 .5rem; padding-top: .3rem; border-top: 2px solid var(--brand); break-after: avoid; }
.lead { color: var(--muted); margin: 0 0 .5rem; }
.note { border-left: 4px solid var(--brand); padding: .4rem .8rem; background: #eef4fa; }
.score { font-size: 1.2rem; margin: .2rem 0 .5rem; }
.long { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .2rem 0 .4rem; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #f0f0f0; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.nw { white-space: nowrap; }
tbody + tbody { border-top: 2px solid var(--ink); }
.bar { display: block; }
.bar-legend { margin: .3rem 0; font-size: .9rem; }
.bar-key { vertical-align: middle; }
.bar .track { fill: #d9d9d9; }
.iqr { fill: #9fb8d3; stroke: var(--ink); stroke-width: 1; }
.median { stroke: var(--ink); stroke-width: 3; }
.you { fill: #fff; stroke: var(--ink); stroke-width: 2; }
figure { margin: 0 auto; max-width: 36rem; }
.radar { width: 100%; height: auto; font-family: inherit; }
.radar-grid polygon, .radar-grid line { fill: none; stroke: #8f959c; stroke-width: 1; }
.radar-scale text { font-size: 11px; fill: var(--muted); }
.radar-area { fill: rgba(11, 79, 138, .22); stroke: var(--brand); stroke-width: 3; }
.radar-point { fill: var(--brand); }
.radar-labels text { font-size: 17px; fill: var(--ink); }
.radar-labels .radar-value { font-weight: 700; }
.radar-outline { fill: none; stroke: var(--ink); stroke-width: 2; }
.o-all { stroke-dasharray: 8 5; }
.o-type { stroke-dasharray: 2 4; stroke-linecap: round; stroke-width: 2.5; }
.o-state { stroke-dasharray: 12 4 3 4; stroke: #6b3d00; }
.keys { list-style: none; padding: 0; margin: .3rem 0 0; display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; justify-content: center; }
.key { vertical-align: middle; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media print {
  @page { size: A4; margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  figure { max-width: 12cm; }
  table { font-size: 8.5pt; }
  .bar { width: 96px; height: 15px; }
  tr { break-inside: avoid; }
  tbody { break-inside: avoid; }
  thead { display: table-header-group; }
  .note, thead th, .bar, .radar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
