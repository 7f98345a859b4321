import type { Diagnostic } from '../errors.js';
import { addMessages, t, type Params } from '../i18n/index.js';
import { overlayMessages } from '../i18n/messages/overlay.js';
import type { SourceMap } from '../model/source.js';
import type { CatalogueLayer, CriterionProvenance, Lang } from '../model/types.js';
import { suggest } from './suggest.js';

addMessages(overlayMessages);

/**
 * Catalogue overlays (FORMAT.md, "Overlay", v1.1) as a pure merge of two
 * parsed documents: a base (itself possibly merged) and an overlay that
 * `extends` it. Lists of objects with an `id` merge by id, any other field
 * given replaces the base's. The merge keeps, beside the value, where every
 * part came from, so the merged catalogue is validated as a whole and each
 * message still points at the file and line that caused it.
 */

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

/** A parsed catalogue document with its positions and what is known of its provenance. */
export interface Layered {
  value: Json;
  source: SourceMap;
  /** The chain below and including this catalogue, base first. */
  chain: CatalogueLayer[];
  /** Per criterion id: the catalogue it came from and what overlays changed. */
  provenance: Map<string, CriterionProvenance>;
}

export interface MergeResult {
  merged?: Layered;
  errors: Diagnostic[];
}

/** Top-level keys that belong to the overlay mechanism, not to the merged catalogue. */
const OVERLAY_KEYS = new Set(['extends', 'remove']);
/** Keys of a new entry without which it cannot stand alone. */
const REQUIRED: Record<EntityKind, readonly string[]> = {
  dimension: ['title', 'criteria'],
  criterion: ['title', 'question'],
  service: ['title'],
  entry: [],
};
type EntityKind = 'dimension' | 'criterion' | 'service' | 'entry';
const LIST_KIND: Record<string, EntityKind> = {
  dimensions: 'dimension',
  criteria: 'criterion',
  services: 'service',
};

/** Where a part of the merged value is found: a source and the path in it. */
interface Target {
  source: SourceMap;
  path: Path;
}
/** A tree parallel to the merged value; the deepest node with a target answers for its subtree. */
interface Redirect {
  to?: Target;
  children: Map<string | number, Redirect>;
}

interface Context {
  base: Layered;
  overlay: { value: Json; source: SourceMap; layer: CatalogueLayer };
  lang: Lang;
  removed: Map<string, { kind: string; index: number }>;
  /** Criteria listed under another dimension than the base's (reported once, not added). */
  moved: Set<string>;
  errors: Diagnostic[];
  provenance: Map<string, CriterionProvenance>;
}

/** Merge `overlay` onto `base`. Pure: no IO, the inputs are not changed. */
export function mergeOverlay(
  base: Layered,
  overlay: { value: Json; source: SourceMap; layer: CatalogueLayer },
  lang: Lang,
): MergeResult {
  const ctx: Context = {
    base,
    overlay,
    lang,
    removed: new Map(),
    moved: new Set(),
    errors: [],
    provenance: new Map(
      [...base.provenance].map(([id, p]) => [id, { ...p, changes: [...p.changes] }]),
    ),
  };
  collectRemovals(ctx);
  const root: Redirect = { to: { source: base.source, path: [] }, children: new Map() };
  const value: Json = Object.create(null) as Json;
  for (const [key, baseValue] of Object.entries(base.value)) value[key] = baseValue;
  for (const [key, given] of Object.entries(overlay.value)) {
    if (OVERLAY_KEYS.has(key)) continue;
    const merged = mergeField(key, base.value[key], [key], given, [key], ctx, 'catalogue');
    value[key] = merged.value;
    root.children.set(key, merged.redirect);
  }
  for (const key of ['services', 'dimensions']) {
    if (!(key in overlay.value) && Array.isArray(base.value[key]) && ctx.removed.size > 0) {
      const merged = mergeList(key, base.value[key] as unknown[], [key], [], [key], ctx);
      value[key] = merged.value;
      root.children.set(key, merged.redirect);
    }
  }
  checkRemovedReferences(value, ctx, root);
  if (ctx.errors.length > 0) return { errors: ctx.errors };
  return {
    merged: {
      value,
      source: composite(root, overlay.source.file),
      chain: [...base.chain, overlay.layer],
      provenance: ctx.provenance,
    },
    errors: [],
  };
}

/** A field of an entity: a list of id'd objects merges by id, anything else replaces. */
function mergeField(
  key: string,
  baseValue: unknown,
  basePath: Path,
  given: unknown,
  givenPath: Path,
  ctx: Context,
  owner: string,
): { value: unknown; redirect: Redirect } {
  const byId =
    (key in LIST_KIND &&
      Array.isArray(given) &&
      (baseValue === undefined || Array.isArray(baseValue))) ||
    (isIdList(given) && (baseValue === undefined || isIdList(baseValue)));
  if (byId) {
    if (owner !== 'catalogue' && owner !== '') markChanged(ctx, owner, key);
    return mergeList(
      key,
      (baseValue as unknown[] | undefined) ?? [],
      basePath,
      given as unknown[],
      givenPath,
      ctx,
    );
  }
  if (owner !== 'catalogue' && owner !== '') markChanged(ctx, owner, key);
  return { value: given, redirect: leaf(ctx.overlay.source, givenPath) };
}

/** Merge a list by id: base order first (without removed entries), then new entries in overlay order. */
function mergeList(
  key: string,
  baseList: unknown[],
  basePath: Path,
  givenList: unknown[],
  givenPath: Path,
  ctx: Context,
): { value: unknown[]; redirect: Redirect } {
  const kind = LIST_KIND[key] ?? 'entry';
  const redirect: Redirect = {
    to: { source: ctx.base.source, path: basePath },
    children: new Map(),
  };
  const given = new Map<string, { entry: Json; index: number }>();
  givenList.forEach((entry, index) => given.set(idOf(entry), { entry: entry as Json, index }));
  const out: unknown[] = [];
  baseList.forEach((baseEntry, baseIndex) => {
    const id = idOf(baseEntry);
    if (kind !== 'entry' && ctx.removed.has(id)) {
      if (kind === 'dimension') removeCriteriaOf(baseEntry, ctx);
      else ctx.provenance.delete(id);
      return;
    }
    const at: Path = [...basePath, baseIndex];
    const over = given.get(id) ?? implicitOver(baseEntry, kind, ctx);
    if (!over) {
      redirect.children.set(out.length, {
        to: { source: ctx.base.source, path: at },
        children: new Map(),
      });
      out.push(baseEntry);
      return;
    }
    given.delete(id);
    const overPath: Path = over.index < 0 ? at : [...givenPath, over.index];
    const merged = mergeEntity(baseEntry as Json, at, over.entry, overPath, ctx, kind);
    redirect.children.set(out.length, merged.redirect);
    out.push(merged.value);
  });
  for (const { entry, index } of given.values()) {
    if (kind === 'criterion' && ctx.moved.has(idOf(entry))) continue;
    const at: Path = [...givenPath, index];
    if (!newEntryComplete(entry, at, ctx, kind)) continue;
    if (kind === 'dimension')
      for (const c of criteriaOf(entry)) ctx.provenance.set(idOf(c), fresh(ctx));
    if (kind === 'criterion') ctx.provenance.set(idOf(entry), fresh(ctx));
    redirect.children.set(out.length, leaf(ctx.overlay.source, at));
    out.push(entry);
  }
  return { value: out, redirect };
}

/**
 * A dimension the overlay does not name but one of whose criteria it removes:
 * merged with an empty criteria list, so the removal applies there too.
 */
function implicitOver(
  baseEntry: unknown,
  kind: EntityKind,
  ctx: Context,
): { entry: Json; index: number } | undefined {
  if (kind !== 'dimension') return undefined;
  if (!criteriaOf(baseEntry).some((c) => ctx.removed.has(idOf(c)))) return undefined;
  return { entry: { id: idOf(baseEntry), criteria: [] }, index: -1 };
}

/** An entity the base has, with the overlay's fields laid over it. */
function mergeEntity(
  baseEntry: Json,
  basePath: Path,
  over: Json,
  overPath: Path,
  ctx: Context,
  kind: EntityKind,
): { value: Json; redirect: Redirect } {
  const value: Json = { ...baseEntry };
  const redirect: Redirect = {
    to: { source: ctx.base.source, path: basePath },
    children: new Map(),
  };
  const owner = kind === 'criterion' ? idOf(baseEntry) : '';
  for (const [key, given] of Object.entries(over)) {
    if (key === 'id') continue;
    if (kind === 'dimension' && key === 'criteria')
      checkCriteriaStayInDimension(baseEntry, given, [...overPath, 'criteria'], ctx);
    const merged = mergeField(
      key,
      baseEntry[key],
      [...basePath, key],
      given,
      [...overPath, key],
      ctx,
      owner,
    );
    value[key] = merged.value;
    redirect.children.set(key, merged.redirect);
  }
  return { value, redirect };
}

/** A criterion listed under another dimension than in the base would move silently: an error. */
function checkCriteriaStayInDimension(
  baseDimension: Json,
  given: unknown,
  at: Path,
  ctx: Context,
): void {
  if (!Array.isArray(given)) return;
  const here = new Set(criteriaOf(baseDimension).map(idOf));
  const home = new Map<string, string>();
  for (const d of (ctx.base.value.dimensions as unknown[] | undefined) ?? []) {
    for (const c of criteriaOf(d)) home.set(idOf(c), idOf(d));
  }
  given.forEach((entry, index) => {
    const id = idOf(entry);
    const elsewhere = home.get(id);
    if (!here.has(id) && elsewhere !== undefined) {
      ctx.moved.add(id);
      report(ctx, 'overlay-moved', [...at, index, 'id'], 'overlay.moved', {
        id,
        dimension: elsewhere,
        here: idOf(baseDimension),
      });
    }
  });
}

/** A new entry must stand alone; an incomplete one most likely misspells an id of the base. */
function newEntryComplete(entry: Json, at: Path, ctx: Context, kind: EntityKind): boolean {
  const missing = REQUIRED[kind].filter((key) => !(key in entry));
  if (missing.length === 0) return true;
  const closest = suggest(idOf(entry), baseIds(ctx, kind));
  report(
    ctx,
    'overlay-incomplete',
    [...at, 'id'],
    closest ? 'overlay.incompleteSuggest' : 'overlay.incomplete',
    {
      kind: t(ctx.lang, `overlay.kind.${kind}`),
      id: idOf(entry),
      missing: missing.join(', '),
      ...(closest ? { suggestion: closest } : {}),
    },
  );
  return false;
}

/** `remove: [{id, reason}]`: each id must name a criterion, dimension or service of the base. */
function collectRemovals(ctx: Context): void {
  const list = ctx.overlay.value.remove;
  if (!Array.isArray(list)) return;
  const known = new Map<string, string>();
  for (const kind of ['dimension', 'criterion', 'service'] as const) {
    for (const id of baseIds(ctx, kind)) known.set(id, kind);
  }
  list.forEach((entry, index) => {
    const id = idOf(entry);
    const kind = known.get(id);
    const reason = typeof entry === 'object' && entry !== null ? (entry as Json).reason : undefined;
    if (reason === undefined || reason === '') {
      report(ctx, 'overlay-remove-reason', ['remove', index], 'overlay.removeReason', { id });
    }
    if (kind) {
      ctx.removed.set(id, { kind, index });
      return;
    }
    const closest = suggest(id, known.keys());
    report(
      ctx,
      'overlay-remove-unknown',
      ['remove', index, 'id'],
      closest ? 'overlay.removeUnknownSuggest' : 'overlay.removeUnknown',
      {
        id,
        ...(closest ? { suggestion: closest } : {}),
      },
    );
  });
}

/** Removing what another entry still names (`requires`, `depends_on`, `weights`) is an error at both places. */
function checkRemovedReferences(value: Json, ctx: Context, root: Redirect): void {
  if (ctx.removed.size === 0) return;
  const locate = composite(root, ctx.overlay.source.file);
  const refer = (id: string, path: Path): void => {
    const removal = ctx.removed.get(id);
    if (!removal) return;
    const where = locate.locate(path);
    report(
      ctx,
      'overlay-remove-referenced',
      ['remove', removal.index, 'id'],
      'overlay.removeReferenced',
      {
        id,
        place: `${where.file ?? ctx.overlay.source.file}:${where.line}`,
      },
    );
  };
  const dimensions = (value.dimensions as unknown[] | undefined) ?? [];
  dimensions.forEach((d, di) => {
    criteriaOf(d).forEach((c, ci) => {
      const deps = (c as Json).depends_on;
      if (Array.isArray(deps))
        deps.forEach((dep, k) => {
          refer(String(dep), ['dimensions', di, 'criteria', ci, 'depends_on', k]);
        });
    });
  });
  ((value.services as unknown[] | undefined) ?? []).forEach((s, si) => {
    const service = s as Json;
    if (Array.isArray(service.requires)) {
      service.requires.forEach((r, k) => {
        refer(String((r as Json).criterion), ['services', si, 'requires', k, 'criterion']);
      });
    }
    if (service.weights && typeof service.weights === 'object') {
      for (const key of Object.keys(service.weights)) refer(key, ['services', si, 'weights', key]);
    }
  });
}

function removeCriteriaOf(dimension: unknown, ctx: Context): void {
  for (const c of criteriaOf(dimension)) ctx.provenance.delete(idOf(c));
}

function markChanged(ctx: Context, criterion: string, field: string): void {
  const entry = ctx.provenance.get(criterion);
  if (!entry) return;
  const by = ctx.overlay.layer.id;
  let change = entry.changes.find((c) => c.by === by);
  if (!change) {
    change = { by, fields: [] };
    entry.changes.push(change);
  }
  if (!change.fields.includes(field)) change.fields.push(field);
}

function fresh(ctx: Context): CriterionProvenance {
  return { origin: ctx.overlay.layer.id, changes: [] };
}

function baseIds(ctx: Context, kind: EntityKind): string[] {
  const dimensions = (ctx.base.value.dimensions as unknown[] | undefined) ?? [];
  if (kind === 'dimension') return dimensions.map(idOf);
  if (kind === 'criterion') return dimensions.flatMap((d) => criteriaOf(d).map(idOf));
  if (kind === 'service')
    return ((ctx.base.value.services as unknown[] | undefined) ?? []).map(idOf);
  return [];
}

function report(ctx: Context, code: string, path: Path, key: string, params: Params): void {
  ctx.errors.push({
    severity: 'error',
    code,
    file: ctx.overlay.source.file,
    ...ctx.overlay.source.locate(path, 'value'),
    path: path.join('.'),
    message: t(ctx.lang, key, params),
  });
}

function leaf(source: SourceMap, path: Path): Redirect {
  return { to: { source, path }, children: new Map() };
}

/** The source map of a merged value: each path is looked up where its part came from. */
export function composite(root: Redirect, file: string): SourceMap {
  return {
    file,
    locate(path, at) {
      let node = root;
      let target = root.to;
      let depth = 0;
      for (let i = 0; i < path.length; i++) {
        const next = node.children.get(path[i] as string | number);
        if (!next) break;
        node = next;
        if (next.to) {
          target = next.to;
          depth = i + 1;
        }
      }
      if (!target) return { line: 0, col: 0 };
      const position = target.source.locate([...target.path, ...path.slice(depth)], at);
      return { file: target.source.file, ...position };
    },
  };
}

function isIdList(value: unknown): value is unknown[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        !Array.isArray(e) &&
        typeof (e as Json).id === 'string',
    )
  );
}

function idOf(entry: unknown): string {
  const id = typeof entry === 'object' && entry !== null ? (entry as Json).id : undefined;
  return typeof id === 'string' ? id : '';
}

function criteriaOf(dimension: unknown): unknown[] {
  const list =
    typeof dimension === 'object' && dimension !== null ? (dimension as Json).criteria : undefined;
  return Array.isArray(list) ? list : [];
}

/** A catalogue that extends nothing, as the first layer of a chain. */
export function rootLayer(value: Json, source: SourceMap, layer: CatalogueLayer): Layered {
  const provenance = new Map<string, CriterionProvenance>();
  for (const d of (value.dimensions as unknown[] | undefined) ?? []) {
    for (const c of criteriaOf(d)) provenance.set(idOf(c), { origin: layer.id, changes: [] });
  }
  return { value, source, chain: [layer], provenance };
}
