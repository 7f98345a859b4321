import { t } from '../i18n/index.js';
import type { Lang } from '../model/types.js';
import type { Disagreement } from './agree.js';

/** The outcome of one case: its name and what disagreed (nothing where it conforms). */
export interface CaseOutcome {
  name: string;
  problems: Disagreement[];
}

/** One suite: a folder with a catalogue and its cases. */
export interface SuiteOutcome {
  /** The folder as the user named it (relative to the working folder where shorter). */
  dir: string;
  cases: CaseOutcome[];
}

export function countCases(suites: readonly SuiteOutcome[]): { total: number; passed: number } {
  const all = suites.flatMap((s) => s.cases);
  return { total: all.length, passed: all.filter((c) => c.problems.length === 0).length };
}

/** For people: one line per case, the disagreements below the case, a count at the end. */
export function renderConformanceText(suites: readonly SuiteOutcome[], lang: Lang): string {
  const lines: string[] = [];
  for (const suite of suites) {
    lines.push(t(lang, 'conformance.suite', { dir: suite.dir }));
    for (const c of suite.cases) {
      const verdict = t(lang, c.problems.length === 0 ? 'conformance.pass' : 'conformance.fail');
      lines.push(`  ${verdict}  ${c.name}`);
      for (const p of c.problems) {
        lines.push(
          `      ${p.path || '.'}: ${t(lang, 'conformance.expectedGot', {
            expected: show(p.expected),
            actual: p.actual === undefined ? t(lang, 'conformance.absent') : show(p.actual),
          })}`,
        );
      }
    }
  }
  const { total, passed } = countCases(suites);
  lines.push(
    t(lang, passed === total ? 'conformance.allPass' : 'conformance.someFail', { total, passed }),
  );
  return `${lines.join('\n')}\n`;
}

/** For tools: the same outcome as one JSON document (language-neutral). */
export function renderConformanceJson(suites: readonly SuiteOutcome[]): string {
  const { total, passed } = countCases(suites);
  const doc = {
    format: 'efa-readiness/conformance/v1',
    passed,
    failed: total - passed,
    suites: suites.map((s) => ({
      dir: s.dir,
      cases: s.cases.map((c) => ({
        name: c.name,
        passed: c.problems.length === 0,
        problems: c.problems.map((p) => ({
          path: p.path,
          expected: p.expected,
          ...(p.actual === undefined ? {} : { actual: p.actual }),
        })),
      })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A value as JSON, cut short where it would not fit a line. */
function show(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
