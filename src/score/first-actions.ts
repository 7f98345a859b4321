import type { ActionResult, Result } from '../model/types.js';

/**
 * The actions a reader should start with (the report's page 1), and the gaps
 * that are not yet known.
 *
 * SCORING.md §5 ranks every criterion below its target by gain, and an
 * `unknown` or missing answer counts 0 there, so it carries the largest gain
 * of all: on the calibration profiles two of the first three actions were, on
 * most profiles, criteria nobody had answered. "Improve findability" is no
 * advice where nobody knows how findable the services are; it is a question
 * to settle first. So the first actions are those on answered criteria, in
 * the spec's order; the unanswered ones are named as still to be clarified.
 * `result.actions` itself keeps the spec's order and is not changed.
 */
export function firstActions<A extends Pick<ActionResult, 'criterion'>>(
  actions: readonly A[],
  dimensions: Result['dimensions'],
  count = 3,
): { first: A[]; toClarify: A[] } {
  const answered = new Set(
    dimensions.flatMap((d) => d.criteria.filter((c) => c.status === 'answered').map((c) => c.id)),
  );
  const known = actions.filter((a) => answered.has(a.criterion));
  const unknown = actions.filter((a) => !answered.has(a.criterion));
  // Fewer than `count` known gaps: the unknown ones fill up, in the given order.
  const first = [...known, ...unknown].slice(0, count);
  const shown = new Set(first.map((a) => a.criterion));
  return { first, toClarify: unknown.filter((a) => !shown.has(a.criterion)) };
}
