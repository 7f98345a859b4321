import type { Effort, Horizon, Lang, MunicipalityType, Stage, State } from '../model/types.js';

/**
 * The comparison of many assessments: what `compare --format json` prints and
 * what every compare renderer reads. JSON-serialisable; every text in it is
 * already resolved to `lang`. Statistics describe the latest assessment of
 * each municipality; `assessments` keeps every row (history included).
 */
export const COMPARISON_FORMAT = 'efa-readiness/comparison/v1';

export type GroupBy = 'type' | 'state';

export interface Stats {
  /** How many values (nulls are left out). */
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
}

export interface BandCount {
  /** A band id of the catalogue, or null for "no score". */
  id: string | null;
  label: string;
  count: number;
  /** Share of the municipalities, 0..100, one decimal. */
  share: number;
}

export interface Row {
  /** Index into `municipalities` of the municipality this row belongs to. */
  municipality: number;
  /** The name, or a pseudonym with `--anonymize`. */
  name: string;
  /** Absent with `--anonymize`. */
  ags?: string;
  type: MunicipalityType;
  state: State;
  date: string | null;
  score: number | null;
  band: string | null;
  coverage: number | null;
  /** Dimension id -> score. */
  dimensions: Record<string, number | null>;
  /** Service id -> score. */
  services: Record<string, number | null>;
  /** Criteria of the failed gates. */
  failed_gates: string[];
  /** v1.1: false where too little is answered for a band. */
  assessable: boolean;
  /** v1.1: service id -> its stage, "not-responsible" where the service does not apply, or null. */
  stages: Record<string, StageCell>;
  /** Whether this is the latest assessment of its municipality. */
  latest: boolean;
  /**
   * Only with the aggregate's `details` option (the XLSX workbook): per
   * criterion in catalogue order its score where it counts and was answered,
   * else a code of src/compare/aggregate.ts (EXCLUDED, NOT_APPLICABLE,
   * UNKNOWN, MISSING: -1 … -4).
   */
  criteria?: number[];
  /** Only with `details`: the band of each service in catalogue order (null: no score). */
  service_bands?: (string | null)[];
  /** Only with `details`, v1.1: whether each service applies; absent where all do. */
  service_applicable?: boolean[];
  /** Only with `details`, v1.1: each service's roll-out stage from the assessment; absent where none is given. */
  service_stages?: (Stage | null)[];
}

export interface MunicipalityEntry {
  /** 1-based rank by the latest score (equal scores share a rank); null without a score. */
  rank: number | null;
  name: string;
  ags?: string;
  type: MunicipalityType;
  state: State;
  /** How many assessments of this municipality were compared. */
  assessments: number;
  /** Index into `assessments` of the latest one. */
  latest: number;
}

export interface DimensionSummary {
  id: string;
  title: string;
  weight: number;
  stats: Stats;
}

export interface GateSummary {
  min: number;
  cap: string;
  cap_label: string;
  /** Municipalities where the gate applies. */
  applies: number;
  failed: number;
  /** failed / applies × 100, one decimal; null where it applies nowhere. */
  failed_share: number | null;
}

export interface CriterionSummary {
  id: string;
  dimension: string;
  title: string;
  /** Municipalities where the criterion counts. */
  counted: number;
  /** Of those, answered unknown or not answered at all. */
  unknown_or_missing: number;
  mean: number | null;
  median: number | null;
  gate: GateSummary | null;
  /** Mean over all municipalities of the action-plan gain (points of the overall score). */
  mean_gain: number;
  /** Municipalities where the criterion is below its target. */
  below_target: number;
  /** The catalogue's recommendation for the mean score, where there is one. */
  recommendation: string | null;
  effort: Effort | null;
  horizon: Horizon | null;
}

/** v1.1: a service's stage in the matrix municipality × service. */
export type StageCell = Stage | 'not-responsible' | null;

export interface ServiceSummary {
  id: string;
  title: string;
  /** v1.1: municipalities not responsible for it: left out of `stats`, `bands` and `blocked_by`. */
  not_responsible: number;
  stats: Stats;
  bands: BandCount[];
  /** The criteria that block this service most often, most frequent first. */
  blocked_by: { criterion: string; title: string; count: number }[];
}

export interface GroupSummary {
  key: string;
  label: string;
  count: number;
  score: Stats;
  bands: BandCount[];
  /** Dimension id -> median score in this group. */
  dimension_medians: Record<string, number | null>;
  /** The criterion whose gate fails most often in this group. */
  top_blocker: { criterion: string; title: string; count: number } | null;
}

/**
 * Median and quartiles of one peer group: all municipalities, those of one
 * type, or those of one Land (the latest assessment of each). The handouts
 * place each municipality against these; `all` repeats `overall` and
 * `dimensions[].stats` so that every group reads the same way.
 */
export interface PeerGroup {
  by: 'all' | GroupBy;
  /** `all`, a municipality type or a Land. */
  key: string;
  label: string;
  /** Municipalities in the group. */
  count: number;
  score: Stats;
  /** Dimension id -> the distribution of its scores in the group. */
  dimensions: Record<string, Stats>;
}

export interface NextStepSummary {
  band: string;
  label: string;
  /** Municipalities in this band with a path to the next one. */
  count: number;
  /** The criterion most often first on that path (ties: catalogue order). */
  step: { criterion: string; title: string; count: number } | null;
}

export interface StageRow {
  /** Index into `municipalities`. */
  municipality: number;
  name: string;
  /** Service id -> stage. */
  stages: Record<string, StageCell>;
}

export interface DimensionChange {
  id: string;
  from: number | null;
  to: number | null;
  /** to − from; null where either side has no score. */
  change: number | null;
}

export interface Trend {
  /** Index into `municipalities`. */
  municipality: number;
  name: string;
  from_date: string | null;
  to_date: string | null;
  /** Every assessment of the municipality, oldest first. */
  points: { date: string | null; score: number | null; band: string | null }[];
  score: { from: number | null; to: number | null; change: number | null };
  dimensions: DimensionChange[];
  /**
   * Progress toward targets: `gap` is the sum of action-plan gains (the points
   * the overall score would rise if every criterion reached its target),
   * `open` the number of criteria below target; `closed_share` the part of the
   * first gap that is closed (0..100), null where the first gap was 0.
   */
  /**
   * v1.1: criteria with an action in the first assessment that, in the latest,
   * reached their target or are marked done.
   */
  actions_done: number;
  targets: {
    gap_from: number;
    gap_to: number;
    open_from: number;
    open_to: number;
    closed_share: number | null;
  };
}

export interface SkippedFile {
  /** The file, or `#n` with `--anonymize` (file names often carry the municipality's name). */
  file: string;
  problems: number;
  /** The first problem, as the validator reported it (left out with `--anonymize`). */
  first?: string;
}

export interface VersionNote {
  version: string;
  count: number;
}

export interface Comparison {
  format: typeof COMPARISON_FORMAT;
  lang: Lang;
  /** `min_coverage` (v1.1) is the catalogue's, 0 where it sets none. */
  catalogue: { id: string; version: string; title: string; min_coverage: number };
  anonymized: boolean;
  method: {
    /** How quartiles are computed. */
    quantiles: 'type-7';
    /** Which assessment of a municipality the statistics use. */
    basis: 'latest';
    /** How several assessments are recognised as one municipality. */
    identity: 'ags-else-name-in-land';
  };
  counts: {
    files: number;
    assessments: number;
    municipalities: number;
    skipped: number;
    /** Assessments per method: `interview`, `workshop`, `self`, `none` (not said). */
    by_method: Record<string, number>;
  };
  overall: Stats;
  coverage: Stats;
  bands: BandCount[];
  dimensions: DimensionSummary[];
  /** Criteria with a gate, most often failed first (only those that failed somewhere). */
  gate_failures: CriterionSummary[];
  /** Counting criteria with the lowest mean score, lowest first. */
  lowest_mean: CriterionSummary[];
  /**
   * The Blaupause: what should come first for everyone. Criteria whose gate
   * fails somewhere, by failure count, then the rest by mean gain.
   */
  priorities: CriterionSummary[];
  /** Every criterion in catalogue order. */
  criteria: CriterionSummary[];
  services: ServiceSummary[];
  /** v1.1: latest assessments too little answered for a band. */
  not_assessable: number;
  /** v1.1: per band, the most common first step of the path to the next band. */
  next_steps: NextStepSummary[];
  /** v1.1: the roll-out status a Land programme tracks: latest assessment × service. */
  stages: { services: { id: string; title: string }[]; rows: StageRow[] };
  groups: { by: GroupBy; entries: GroupSummary[] };
  /** All municipalities, then every type, then every Land present (for the handouts). */
  peers: PeerGroup[];
  municipalities: MunicipalityEntry[];
  assessments: Row[];
  trends: Trend[];
  /** Assessments naming another catalogue version than the one used (a warning). */
  versions: VersionNote[];
  skipped: SkippedFile[];
}
