import { type Document, isScalar, isSeq, type Node } from 'yaml';
import { applyEdit } from '../load/yaml-edit.js';
import type { Fix } from './natural-input.js';

/**
 * The text of a YAML file with the fixes applied and nothing else changed:
 * each value is written into its existing node (so a comment after it on the
 * same line stays), and the splice of load/yaml-edit.ts rewrites only those values,
 * keeping every other byte, comment and the key order. Pure.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  if (fixes.length === 0) return text;
  return applyEdit(text, (doc) => {
    for (const fix of fixes) setValue(doc, fix.path, fix.to);
  });
}

function setValue(doc: Document, path: readonly (string | number)[], value: unknown): void {
  const old = doc.getIn(path, true) as Node | undefined;
  if (isScalar(old) && (value === null || typeof value !== 'object')) {
    old.value = value;
    // `"ja"` becoming `true` is written plain; the printer quotes where a string needs it.
    delete old.type;
    delete old.format;
    return;
  }
  const node = doc.createNode(value) as Node;
  // Checklists read best on one line: `[civento, dashboard]`.
  if (isSeq(node)) node.flow = true;
  if (old !== undefined) {
    if (old.comment !== undefined) node.comment = old.comment;
    if (old.commentBefore !== undefined) node.commentBefore = old.commentBefore;
  }
  doc.setIn(path, node);
}
