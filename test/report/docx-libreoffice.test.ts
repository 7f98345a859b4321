/** LibreOffice opens the Word report: converted headless to PDF, it has its pages. */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/report/docx.js';
import { renderRadarPng } from '../../src/report/png.js';
import { buildReportView } from '../../src/report/view.js';
import { convertToPdf, findOffice, pdfPages } from '../helpers/libreoffice.js';
import * as fx from './fixture.js';

const office = findOffice();

describe.skipIf(office.soffice === null)(`DOCX in LibreOffice${office.skipReason}`, () => {
  it('converts to a PDF with a title page, the contents and the report', async () => {
    const view = buildReportView(fx.cappedResult(), fx.catalogue(), fx.assessment(), {
      lang: 'de',
      version: '9.9.9',
    });
    const radar = view.raw.radarSvg === null ? null : renderRadarPng(view.raw.radarSvg);
    const docx = await renderDocx(view, { radar });
    const pdf = convertToPdf(office.soffice ?? '', 'standortbestimmung.docx', docx);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(3);
  }, 200_000);
});
