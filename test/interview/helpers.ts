import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Storage } from '../../src/interview/flow.js';
import { parseYaml } from '../../src/load/parse.js';
import type { Catalogue, Lang } from '../../src/model/types.js';
import { validateAssessment, validateCatalogue } from '../../src/validate/index.js';

export const FIXTURE = fileURLToPath(new URL('./fixtures/catalogue.yaml', import.meta.url));
export const CONFORMANCE = fileURLToPath(
  new URL('../conformance/v1/catalogue.yaml', import.meta.url),
);
export const DEFAULT_CATALOGUE = fileURLToPath(
  new URL('../../criteria/efa-default.yaml', import.meta.url),
);

/** A catalogue file, parsed and validated by the core (fails the test where it is not valid). */
export function readCatalogue(file: string): Catalogue {
  const parsed = parseYaml(readFileSync(file, 'utf8'), file, 'en');
  const checked = validateCatalogue(parsed.value, parsed.source, 'en');
  if (checked.value === undefined) {
    throw new Error(
      `invalid catalogue ${file}: ${checked.errors.map((e) => e.message).join('; ')}`,
    );
  }
  return checked.value;
}

/** The core's verdict on an assessment text: the error messages ([] where it is valid). */
export function assessmentErrors(text: string, catalogue: Catalogue, lang: Lang = 'en'): string[] {
  const parsed = parseYaml(text, 'saved.yaml', lang);
  if (parsed.diagnostics.length > 0)
    return parsed.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);
  const checked = validateAssessment(parsed.value, parsed.source, lang, catalogue);
  return checked.errors.map((d) => `${d.line}:${d.col} ${d.criterion ?? ''} ${d.message}`);
}

/**
 * Files in memory. `save` keeps every text written, so a test can check the
 * file as it was after every single answer.
 */
export class MemoryStorage implements Storage {
  readonly files = new Map<string, string>();
  readonly saves: { file: string; text: string; merged: boolean }[] = [];
  /** What `claim` returns for a name (default: `<slug>.yaml`, nothing to resume). */
  claimResult: ((name: string) => { file: string; resume?: string }) | undefined;

  claim(name: string): Promise<{ file: string; resume?: string }> {
    const result = this.claimResult?.(name) ?? { file: `${name.toLowerCase()}.yaml` };
    return Promise.resolve(result);
  }

  save(file: string, text: string, merged = false): Promise<void> {
    this.files.set(file, text);
    this.saves.push({ file, text, merged });
    return Promise.resolve();
  }

  read(file: string): Promise<string | undefined> {
    return Promise.resolve(this.files.get(file));
  }
}
