/** LibreOffice opens the compare workbook: converted headless to PDF, it has pages. */
import { describe, expect, it } from 'vitest';
import { aggregateComparison } from '../../src/compare/aggregate.js';
import { renderCompareXlsx } from '../../src/compare/xlsx.js';
import { convertToPdf, findOffice, pdfPages } from '../helpers/libreoffice.js';
import { catalogue, result } from './fixtures.js';

const office = findOffice();

describe.skipIf(office.soffice === null)(`XLSX in LibreOffice${office.skipReason}`, () => {
  it('converts to a PDF with a page per sheet at least', async () => {
    const entries = ['Musterstadt', 'Beispielhausen', '=HYPERLINK("http://x","y")'].map(
      (name, i) => ({
        file: `${i}.yaml`,
        result: result({ name, ags: `0641200${i}`, date: '2026-01-05', score: 40 + 10 * i }),
      }),
    );
    const c = aggregateComparison(catalogue, entries, { lang: 'de', details: true });
    const pdf = convertToPdf(office.soffice ?? '', 'blaupause.xlsx', await renderCompareXlsx(c));
    // Übersicht … Maßnahmen: eight sheets (no trends here), each printed on its own page(s)
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(8);
  }, 200_000);
});
