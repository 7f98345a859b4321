import { indexCriteria } from '../model/catalogue.js';
import type { Catalogue, Criterion } from '../model/types.js';

/**
 * What changed between two catalogues (two versions, or a base and an overlay):
 * the facts a Land needs before it moves to a new version. Pure.
 */
export interface CatalogueDiff {
  from: { id: string; version: string };
  to: { id: string; version: string };
  added: { id: string; dimension: string }[];
  removed: { id: string; dimension: string }[];
  /** `to` criterion that `replaces` an id of `from`. */
  renamed: { from: string; to: string }[];
  /** Criteria in both, with the fields whose value differs (weight, gate, …). */
  changed: { id: string; fields: FieldChange[] }[];
  dimensions: { id: string; change: 'added' | 'removed' | 'weight'; from?: number; to?: number }[];
  bands: { id: string; change: 'added' | 'removed' | 'min'; from?: number; to?: number }[];
  services: { id: string; change: 'added' | 'removed' | 'changed' }[];
  minCoverage?: { from: number; to: number };
}

export interface FieldChange {
  field: string;
  /** Short values (weight, gate min/cap, target, type) are shown; long texts only as changed. */
  from?: string;
  to?: string;
}

/** Fields whose old and new value a reader wants to see side by side. */
const SHOWN: Record<string, (c: Criterion) => string | undefined> = {
  weight: (c) => String(c.weight ?? 1),
  type: (c) => c.type ?? 'scale',
  target: (c) => (c.target === undefined ? undefined : String(c.target)),
  gate: (c) => (c.gate ? `min ${c.gate.min} → ${c.gate.cap}` : undefined),
  allow_na: (c) => String(c.allow_na ?? false),
};
/** Fields compared as a whole and reported only as "changed". */
const COMPARED = [
  'title',
  'question',
  'help',
  'levels',
  'options',
  'thresholds',
  'items',
  'applies_when',
  'recommendations',
  'references',
  'depends_on',
] as const;

export function diffCatalogues(a: Catalogue, b: Catalogue): CatalogueDiff {
  const before = indexCriteria(a);
  const after = indexCriteria(b);
  const renamed = renamesOf(b).filter((r) => before.has(r.from) && !after.has(r.from));
  const renamedFrom = new Set(renamed.map((r) => r.from));
  const renamedTo = new Set(renamed.map((r) => r.to));
  const diff: CatalogueDiff = {
    from: { id: a.id, version: a.version },
    to: { id: b.id, version: b.version },
    added: [...after]
      .filter(([id]) => !before.has(id) && !renamedTo.has(id))
      .map(([id, { dimension }]) => ({ id, dimension: dimension.id })),
    removed: [...before]
      .filter(([id]) => !after.has(id) && !renamedFrom.has(id))
      .map(([id, { dimension }]) => ({ id, dimension: dimension.id })),
    renamed,
    changed: [],
    dimensions: diffDimensions(a, b),
    bands: diffBands(a, b),
    services: diffServices(a, b),
    ...minCoverageChange(a, b),
  };
  for (const [id, { criterion }] of after) {
    const old =
      before.get(id)?.criterion ??
      before.get(renamed.find((r) => r.to === id)?.from ?? '')?.criterion;
    if (!old) continue;
    const fields = criterionChanges(old, criterion);
    if (fields.length > 0) diff.changed.push({ id, fields });
  }
  return diff;
}

function criterionChanges(old: Criterion, now: Criterion): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, show] of Object.entries(SHOWN)) {
    const from = show(old);
    const to = show(now);
    if (from !== to)
      out.push({
        field,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      });
  }
  for (const field of COMPARED) {
    if (JSON.stringify(old[field]) !== JSON.stringify(now[field])) out.push({ field });
  }
  return out;
}

function renamesOf(catalogue: Catalogue): { from: string; to: string }[] {
  return catalogue.dimensions.flatMap((d) =>
    d.criteria.flatMap((c) => (c.replaces ?? []).map((old) => ({ from: old, to: c.id }))),
  );
}

function diffDimensions(a: Catalogue, b: Catalogue): CatalogueDiff['dimensions'] {
  const before = new Map(a.dimensions.map((d) => [d.id, d.weight ?? 1]));
  const after = new Map(b.dimensions.map((d) => [d.id, d.weight ?? 1]));
  const out: CatalogueDiff['dimensions'] = [];
  for (const [id, weight] of after) {
    const old = before.get(id);
    if (old === undefined) out.push({ id, change: 'added' });
    else if (old !== weight) out.push({ id, change: 'weight', from: old, to: weight });
  }
  for (const id of before.keys()) if (!after.has(id)) out.push({ id, change: 'removed' });
  return out;
}

function diffBands(a: Catalogue, b: Catalogue): CatalogueDiff['bands'] {
  const before = new Map(a.bands.map((band) => [band.id, band.min]));
  const out: CatalogueDiff['bands'] = [];
  for (const band of b.bands) {
    const old = before.get(band.id);
    if (old === undefined) out.push({ id: band.id, change: 'added' });
    else if (old !== band.min) out.push({ id: band.id, change: 'min', from: old, to: band.min });
  }
  const now = new Set(b.bands.map((band) => band.id));
  for (const id of before.keys()) if (!now.has(id)) out.push({ id, change: 'removed' });
  return out;
}

function diffServices(a: Catalogue, b: Catalogue): CatalogueDiff['services'] {
  const before = new Map((a.services ?? []).map((s) => [s.id, JSON.stringify(s)]));
  const out: CatalogueDiff['services'] = [];
  for (const service of b.services ?? []) {
    const old = before.get(service.id);
    if (old === undefined) out.push({ id: service.id, change: 'added' });
    else if (old !== JSON.stringify(service)) out.push({ id: service.id, change: 'changed' });
  }
  const now = new Set((b.services ?? []).map((s) => s.id));
  for (const id of before.keys()) if (!now.has(id)) out.push({ id, change: 'removed' });
  return out;
}

function minCoverageChange(a: Catalogue, b: Catalogue): Pick<CatalogueDiff, 'minCoverage'> {
  const from = a.min_coverage ?? 0;
  const to = b.min_coverage ?? 0;
  return from === to ? {} : { minCoverage: { from, to } };
}
