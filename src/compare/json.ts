import type { Comparison } from './types.js';

/**
 * The comparison as JSON (format `efa-readiness/comparison/v1`): every
 * municipality and every assessment, for other tools and spreadsheets.
 */
export function renderCompareJson(c: Comparison): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}
