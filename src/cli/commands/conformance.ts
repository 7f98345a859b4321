import { agree } from '../../conformance/agree.js';
import {
  countCases,
  renderConformanceJson,
  renderConformanceText,
  type SuiteOutcome,
} from '../../conformance/render.js';
import { findConformanceSuites, readExpectedResult } from '../../load/conformance.js';
import { isLang } from '../../i18n/index.js';
import { loadAndScore } from '../../app/pipeline.js';
import { scoreAssessment } from '../../score/score.js';
import { write } from '../../write/write.js';
import type { Context } from '../context.js';

interface ConformanceOptions {
  format?: string;
}

/**
 * `efa-readiness conformance <dir>`: score every case of every suite under
 * `dir` against its catalogue and compare with its expected result. Exit 0
 * when all agree, 1 when any differs, 2 when a case or catalogue is not valid
 * input (the message names the file and line).
 */
export async function runConformance(
  ctx: Context,
  dir: string,
  options: ConformanceOptions,
): Promise<number> {
  const { lang, cwd } = ctx;
  const outcomes: SuiteOutcome[] = [];
  for (const suite of findConformanceSuites(dir, lang, cwd)) {
    const cases = [];
    for (const c of suite.cases) {
      const expected = await readExpectedResult(c.expected, lang, cwd);
      const loaded = await loadAndScore(c.assessment, { lang, cwd, catalogue: suite.catalogue });
      // Texts in the result (recommendations) are compared in the catalogue's own
      // language, so a case gives the same result under --lang de and en.
      const result = scoreAssessment(loaded.catalogue, loaded.assessment, {
        lang: isLang(loaded.catalogue.language) ? loaded.catalogue.language : 'de',
      });
      // Compared as the JSON a tool would read: undefined fields vanish, as in `score --format json`.
      const printed: unknown = JSON.parse(JSON.stringify(result));
      cases.push({ name: c.name, problems: agree(expected, printed) });
    }
    outcomes.push({ dir: suite.dir, cases });
  }
  const output =
    options.format === 'json'
      ? renderConformanceJson(outcomes)
      : renderConformanceText(outcomes, lang);
  await write(output, undefined, { lang, stdout: ctx.stdout });
  const { total, passed } = countCases(outcomes);
  return passed === total ? 0 : 1;
}
