import { formatNumber, t } from '../i18n/index.js';
import { indexCriteria } from '../model/catalogue.js';
import { resolveText } from '../model/text.js';
import type { Catalogue, Lang, Result } from '../model/types.js';
import { printedOrder } from '../score/actions.js';
import {
  actionMetaText,
  missingText,
  nextBandText,
  notAssessableText,
  responsibilityText,
  stageLabel,
} from './result-text.js';
import type { Style } from './style.js';
import { terminalSafeLine as safe } from './terminal-safe.js';

export interface TextOptions {
  lang: Lang;
  style: Style;
  /** How many actions to show. */
  actions?: number;
  /** The assessment's path, for the hint to the full report. */
  file?: string;
  /** Terminal width for wrapping long recommendations. */
  width?: number;
}

const BAR_WIDTH = 24;

/** The `score` summary for a person at a terminal. Pure: returns the text. */
export function renderScoreText(
  result: Result,
  catalogue: Catalogue,
  options: TextOptions,
): string {
  const x = textContext(result, catalogue, options);
  const lines = [
    ...headerLines(x),
    '',
    ...verdictLines(x),
    '',
    ...dimensionLines(x),
    '',
    ...actionLines(x),
    ...serviceLines(x),
  ];
  return `${lines.join('\n')}\n`;
}

/** What every section reads: the result, the catalogue and the small formatters over both. */
interface TextContext {
  result: Result;
  catalogue: Catalogue;
  options: TextOptions;
  lang: Lang;
  c: Style;
  index: ReturnType<typeof indexCriteria>;
  /** A text from a file, escaped for the terminal (before colour is added). */
  text: (value: Parameters<typeof resolveText>[0]) => string;
  n: (value: number) => string;
  criterionTitle: (id: string) => string;
  bandLabel: (id: string | null) => string;
}

function textContext(result: Result, catalogue: Catalogue, options: TextOptions): TextContext {
  const { lang } = options;
  const language = catalogue.language ?? 'de';
  const text = (value: Parameters<typeof resolveText>[0]): string =>
    safe(resolveText(value, lang, language));
  const index = indexCriteria(catalogue);
  return {
    result,
    catalogue,
    options,
    lang,
    c: options.style,
    index,
    text,
    n: (value) => formatNumber(value, lang),
    criterionTitle: (id) => {
      const found = index.get(id);
      return found ? text(found.criterion.title) : safe(id);
    },
    bandLabel: (id) => {
      const band = catalogue.bands.find((b) => b.id === id);
      return band ? text(band.label) : '—';
    },
  };
}

/** Municipality, type, Land and date; the catalogue. */
function headerLines({ result, catalogue, lang, c, text }: TextContext): string[] {
  const m = result.municipality;
  return [
    c.bold(`${t(lang, 'score.title')}: ${safe(m.name)}`) +
      c.dim(` · ${t(lang, `municipality.type.${m.type}`)} · ${t(lang, `state.${m.state}`)}`) +
      (result.assessment?.date ? c.dim(` · ${safe(result.assessment.date)}`) : ''),
    c.dim(`${text(catalogue.title)} (${safe(catalogue.id)} ${safe(catalogue.version)})`),
  ];
}

/** Score, band (or why there is none), what capped it, coverage and the path to the next band. */
function verdictLines(x: TextContext): string[] {
  const { result, catalogue, lang, c, n, bandLabel } = x;
  const lines: string[] = [];
  const bandIndex = catalogue.bands.findIndex((b) => b.id === result.band);
  const bandColour = bandTone(c, bandIndex, catalogue.bands.length);
  lines.push(
    `${t(lang, 'score.overall')}: ${c.bold(result.score === null ? t(lang, 'score.notScored') : `${n(result.score)} / 100`)}`,
  );
  const notAssessable = notAssessableText(result, lang);
  lines.push(
    `${t(lang, 'score.band')}: ${notAssessable ? c.yellow(c.bold(notAssessable)) : bandColour(c.bold(bandLabel(result.band)))}`,
  );
  const missing = notAssessable ? missingText(result, catalogue, lang, 8) : null;
  if (missing) lines.push(c.dim(`  ${missing}`));
  lines.push(...capLines(x));
  if (result.capped_by.length > 0 && result.band_by_score) {
    lines.push(c.dim(`  ${t(lang, 'score.byScore', { band: bandLabel(result.band_by_score) })}`));
  }
  if (result.coverage !== null) lines.push(`${t(lang, 'score.coverage')}: ${n(result.coverage)} %`);
  const next = nextBandText(result, catalogue, lang);
  if (next) {
    const shown = wrap(next, Math.max(40, (x.options.width ?? 100) - 2));
    shown.forEach((line, j) => lines.push(j === 0 ? c.green(line) : c.green(`  ${line}`)));
  }
  return lines;
}

/** One line per K.-o.-Kriterium that capped the band, with its score, limit and reason. */
function capLines({ result, lang, c, n, text, index, criterionTitle }: TextContext): string[] {
  return result.capped_by.flatMap((id) => {
    const gate = result.gates.find((g) => g.criterion === id);
    const criterion = index.get(id)?.criterion;
    if (!gate || !criterion) return [];
    return [
      c.yellow(
        `  ${t(lang, 'score.cappedBy', {
          criterion: criterionTitle(id),
          score: n(gate.score),
          min: gate.min,
          reason: criterion.gate?.reason ? text(criterion.gate.reason) : safe(id),
        })}`,
      ),
    ];
  });
}

/** Each dimension with a bar of its score. */
function dimensionLines({ result, catalogue, lang, c, n, text }: TextContext): string[] {
  const titles = result.dimensions.map((d) => {
    const dimension = catalogue.dimensions.find((x) => x.id === d.id);
    return dimension ? text(dimension.title) : safe(d.id);
  });
  const width = Math.max(...titles.map((s) => s.length));
  return [
    c.bold(t(lang, 'score.dimensions')),
    ...result.dimensions.map((d, i) => {
      const title = (titles[i] ?? d.id).padEnd(width);
      if (d.score === null) {
        return `  ${title}  ${c.dim('·'.repeat(BAR_WIDTH))}  ${c.dim(t(lang, 'score.notScored'))}`;
      }
      const filled = Math.round((d.score / 100) * BAR_WIDTH);
      const bar = c.cyan('█'.repeat(filled)) + c.dim('░'.repeat(BAR_WIDTH - filled));
      return `  ${title}  ${bar}  ${n(d.score).padStart(5)}`;
    }),
  ];
}

/** The first actions of the plan, numbered, and where the rest are. */
function actionLines(x: TextContext): string[] {
  const { result, catalogue, options, lang, c, n, criterionTitle } = x;
  const limit = options.actions ?? 5;
  const lines = [c.bold(t(lang, 'score.actions'))];
  if (result.actions.length === 0) lines.push(`  ${t(lang, 'score.noActions')}`);
  printedOrder(result.actions)
    .slice(0, limit)
    .forEach((action, i) => {
      const gate = action.gate ? c.red(` [${t(lang, 'score.gateMark')}]`) : '';
      lines.push(
        `  ${i + 1}. ${c.green(t(lang, 'score.points', { gain: n(action.gain) }).padEnd(11))} ${criterionTitle(action.criterion)}${gate}`,
      );
      if (action.recommendation) {
        const wrapped = wrap(safe(action.recommendation), Math.max(40, (options.width ?? 100) - 7));
        wrapped.forEach((line, j) => lines.push(c.dim(`     ${j === 0 ? '→' : ' '} ${line}`)));
      }
      const meta = actionMetaText(action, catalogue, lang);
      if (meta) lines.push(c.dim(`       ${meta}`));
    });
  if (result.actions.length > limit) {
    lines.push(
      c.dim(
        `  ${t(lang, 'score.more', { count: result.actions.length - limit, file: safe(options.file ?? '…'), out: safe(reportName(options.file)) })}`,
      ),
    );
  }
  return lines;
}

/** Each service with its score, band or responsibility, what blocks it and its stage. */
function serviceLines(x: TextContext): string[] {
  const { result, catalogue, lang, c, n, text, criterionTitle, bandLabel } = x;
  if (result.services.length === 0) return [];
  const serviceTitles = result.services.map((s) => {
    const service = catalogue.services?.find((y) => y.id === s.id);
    return service ? text(service.title) : safe(s.id);
  });
  const sw = Math.max(...serviceTitles.map((s) => s.length));
  return [
    '',
    c.bold(t(lang, 'score.services')),
    ...result.services.map((s, i) => {
      const tone = bandTone(
        c,
        catalogue.bands.findIndex((b) => b.id === s.band),
        catalogue.bands.length,
      );
      const blocked =
        s.blocked_by.length > 0
          ? c.dim(
              ` · ${t(lang, 'score.servicesBlocked', { ids: s.blocked_by.map(criterionTitle).join(', ') })}`,
            )
          : '';
      const stage = s.stage
        ? c.dim(` · ${t(lang, 'v11.stage', { stage: stageLabel(s.stage, lang) })}`)
        : '';
      const verdict = responsibilityText(s, lang) ?? tone(bandLabel(s.band));
      return `  ${(serviceTitles[i] ?? s.id).padEnd(sw)}  ${s.score === null ? '  —  ' : n(s.score).padStart(5)}  ${verdict}${blocked}${stage}`;
    }),
  ];
}

/** Break a text into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Red for the lowest band, yellow in between, green for the highest. */
function bandTone(c: Style, index: number, count: number): (text: string) => string {
  if (index <= 0) return c.red;
  if (index >= count - 1) return c.green;
  return c.yellow;
}

/** Where the closing hint suggests writing the HTML report: beside the assessment, same name. */
function reportName(file: string | undefined): string {
  const name = (file ?? '').split(/[\\/]/).pop() ?? '';
  const stem = name.replace(/\.ya?ml$/i, '');
  return `${stem === '' ? 'bericht' : stem}.html`;
}
