import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse.js';

/** Issue 10, finding 16: one message per mistake, in the user's language, at the right line. */
describe('YAML syntax messages', () => {
  it('reports a key indented one space too deep once, at its own line, in German only', () => {
    const d = parseYaml('answers:\n  a: 1\n   b: 2\n', 'f.yaml', 'de').diagnostics;
    expect(d).toHaveLength(1);
    expect(d[0]?.line).toBe(3);
    expect(d[0]?.message).toContain("'b' ist um 3 statt 2 Leerzeichen eingerückt");
    expect(d[0]?.message).not.toMatch(/mappings|allowed|Implicit/);
  });

  it('reports tabs once, not once per line', () => {
    const text = `answers:\n${Array.from({ length: 38 }, (_, i) => `\tk${i}: 1`).join('\n')}\n`;
    const de = parseYaml(text, 'f.yaml', 'de').diagnostics;
    expect(de).toHaveLength(1);
    expect(de[0]?.line).toBe(2);
    expect(de[0]?.message).toContain(
      'Tabulatoren sind in YAML nicht erlaubt, bitte Leerzeichen verwenden',
    );
    const en = parseYaml(text, 'f.yaml', 'en').diagnostics;
    expect(en[0]?.message).toContain('Tabs are not allowed in YAML; use spaces');
  });

  it('gives no English library text inside a German message', () => {
    for (const text of [
      'a: [1, 2\n',
      'a: "x\n',
      'a: {b: 1\n',
      'a:\n  - 1\n  b: 2\n',
      'a: b: c\n',
    ]) {
      for (const d of parseYaml(text, 'f.yaml', 'de').diagnostics) {
        expect(d.message, text).not.toMatch(/\b(?:the|must|expected|allowed|missing|flow|map)\b/i);
      }
    }
  });
});
