/**
 * The data model of efa-readiness: the catalogue and assessment formats of
 * `shared/spec/FORMAT.md` and the result of `shared/spec/SCORING.md` §7.
 * These types describe *validated* documents; loading guarantees the shape.
 */

export type Lang = 'de' | 'en';

/** A plain string (in the catalogue's language) or a map of language code to string. */
export type Text = string | Readonly<Record<string, string>>;

export type CriterionType = 'scale' | 'boolean' | 'choice' | 'number' | 'checklist';
export type Effort = 'low' | 'medium' | 'high';
export type Horizon = 'short' | 'medium' | 'long';
export type MunicipalityType =
  'gemeinde' | 'stadt' | 'kreisfreie-stadt' | 'landkreis' | 'verbund' | 'other';
export type State =
  | 'BW'
  | 'BY'
  | 'BE'
  | 'BB'
  | 'HB'
  | 'HH'
  | 'HE'
  | 'MV'
  | 'NI'
  | 'NW'
  | 'RP'
  | 'SL'
  | 'SN'
  | 'ST'
  | 'SH'
  | 'TH';
export type Method = 'self' | 'interview' | 'workshop';
/** v1.1: what a recommended action costs. */
export type Cost = 'none' | 'low' | 'medium' | 'high';
/** v1.1: how far a municipality's connection to an EfA service has come. */
export type Stage = 'none' | 'planned' | 'contracted' | 'configured' | 'tested' | 'live';
/** v1.1: how far the municipality's work on an action has come. */
export type ActionStatus = 'open' | 'in-progress' | 'done';

export const MUNICIPALITY_TYPES: readonly MunicipalityType[] = [
  'gemeinde',
  'stadt',
  'kreisfreie-stadt',
  'landkreis',
  'verbund',
  'other',
];
export const STATES: readonly State[] = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
];
export const METHODS: readonly Method[] = ['self', 'interview', 'workshop'];
export const COSTS: readonly Cost[] = ['none', 'low', 'medium', 'high'];
export const STAGES: readonly Stage[] = [
  'none',
  'planned',
  'contracted',
  'configured',
  'tested',
  'live',
];
export const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in-progress', 'done'];

export const CATALOGUE_FORMAT = 'efa-readiness/catalogue/v1';
export const ASSESSMENT_FORMAT = 'efa-readiness/assessment/v1';
export const RESULT_FORMAT = 'efa-readiness/result/v1';

export interface Level {
  value: number;
  label: Text;
  description?: Text;
}

export interface Band {
  id: string;
  min: number;
  label: Text;
  description?: Text;
}

export interface ChoiceOption {
  id: string;
  label: Text;
  score: number;
}

export interface Threshold {
  min: number;
  score: number;
}

export interface ChecklistItem {
  id: string;
  label: Text;
  weight?: number;
}

export interface AppliesWhen {
  type?: MunicipalityType[];
  state?: State[];
  population?: { min?: number; max?: number };
}

export interface Gate {
  min: number;
  cap: string;
  reason?: Text;
}

export interface Recommendation {
  below: number;
  text: Text;
  effort?: Effort;
  horizon?: Horizon;
  /** v1.1: who acts (a role, e.g. "Hauptamt"). */
  owner?: Text;
  /** v1.1: what the action costs. */
  cost?: Cost;
}

export interface Reference {
  title: Text;
  url?: string;
}

export interface Criterion {
  id: string;
  title: Text;
  question: Text;
  help?: Text;
  type?: CriterionType;
  weight?: number;
  /** scale: what each level means for this criterion, keyed by level value. */
  levels?: Record<string, Text>;
  options?: ChoiceOption[];
  thresholds?: Threshold[];
  unit?: Text;
  items?: ChecklistItem[];
  allow_na?: boolean;
  applies_when?: AppliesWhen;
  gate?: Gate;
  target?: number;
  recommendations?: Recommendation[];
  references?: Reference[];
  /** v1.1: criteria that must come first. */
  depends_on?: string[];
  /** v1.1: ids of an earlier catalogue version this criterion took over. */
  replaces?: string[];
}

export interface Dimension {
  id: string;
  title: Text;
  description?: Text;
  weight?: number;
  criteria: Criterion[];
}

export interface ServiceRequirement {
  criterion: string;
  min: number;
  cap?: string;
}

export interface Service {
  id: string;
  title: Text;
  leika?: string;
  weights?: Record<string, number>;
  requires?: ServiceRequirement[];
  /** v1.1: who is usually responsible for the service. */
  applies_when?: AppliesWhen;
}

export interface Catalogue {
  format: typeof CATALOGUE_FORMAT;
  id: string;
  version: string;
  language?: string;
  title: Text;
  description?: Text;
  levels: Level[];
  bands: Band[];
  dimensions: Dimension[];
  services?: Service[];
  /** v1.1, 0..100: below this overall coverage no band is given. */
  min_coverage?: number;
}

export interface Municipality {
  name: string;
  type: MunicipalityType;
  state: State;
  ags?: string;
  population?: number;
}

export interface AssessmentInfo {
  date?: string;
  method?: Method;
  assessors?: string[];
}

/** The value of an answer: by type, or the two special markers. */
export type AnswerValue = number | boolean | string | string[];

export interface AnswerDetail {
  value: AnswerValue;
  note?: string;
  evidence?: string[];
}

/** An entry under `answers`: the short form (the value alone) or the long form. */
export type AnswerEntry = AnswerValue | AnswerDetail;

export interface Assessment {
  format: typeof ASSESSMENT_FORMAT;
  catalogue: string;
  municipality: Municipality;
  assessment?: AssessmentInfo;
  answers?: Record<string, AnswerEntry>;
  targets?: Record<string, number>;
  /** v1.1: service id -> what the municipality says about it. */
  services?: Record<string, ServiceEntry>;
  /** v1.1: criterion id -> how the municipality works on its action. */
  actions?: Record<string, ActionEntry>;
}

/** v1.1: an entry under the assessment's `services`. */
export interface ServiceEntry {
  responsible?: boolean;
  stage?: Stage;
  note?: string;
}

/** v1.1: an entry under the assessment's `actions`. */
export interface ActionEntry {
  owner?: string;
  /** A calendar date YYYY-MM-DD. */
  due?: string;
  status?: ActionStatus;
  note?: string;
}

// ---------------------------------------------------------------- result

export type CriterionStatus = 'excluded' | 'not-applicable' | 'unknown' | 'missing' | 'answered';

export interface CriterionResult {
  id: string;
  status: CriterionStatus;
  /** 0..100 at full precision; null where the criterion does not count. */
  score: number | null;
  weight: number;
  /** The answer as given (normalised to its value), absent where missing. */
  value?: AnswerValue;
  note?: string;
  evidence?: string[];
}

export interface DimensionResult {
  id: string;
  score: number | null;
  weight: number;
  coverage: number | null;
  criteria: CriterionResult[];
}

export interface GateResult {
  criterion: string;
  dimension: string;
  min: number;
  score: number;
  passed: boolean;
  cap: string;
}

export interface ActionResult {
  criterion: string;
  dimension: string;
  score: number;
  target: number;
  gain: number;
  gate: boolean;
  /** The chosen recommendation's text in the result language, or null. */
  recommendation: string | null;
  effort: Effort | null;
  horizon: Horizon | null;
  /** v1.1: the recommendation's owner (a role) in the result language, or null. */
  recommendation_owner?: string | null;
  /** v1.1: the recommendation's cost, or null. */
  cost?: Cost | null;
  /** v1.1: the criteria of `depends_on` that still have an open action. */
  depends_on?: string[];
  /** v1.1, from the assessment's `actions`. */
  owner?: string;
  due?: string;
  status?: ActionStatus;
  note?: string;
}

/** v1.1 §5a: one step of the path to the next band. */
export interface NextBandStep {
  criterion: string;
  /** The score the criterion is raised to. */
  to: number;
  /** The points the step adds to the overall score. */
  gain: number;
}

/** v1.1 §5a: the path to the band after the current one. */
export interface NextBand {
  band: string;
  /** O' after all steps. */
  score: number;
  reachable: boolean;
  steps: NextBandStep[];
}

/** v1.1 §6: why a service does not apply. */
export type ServiceExclusion = 'catalogue' | 'assessment';

export interface ServiceResult {
  id: string;
  score: number | null;
  band: string | null;
  band_by_score: string | null;
  blocked_by: string[];
  /** v1.1: false where the municipality is not responsible. */
  applicable: boolean;
  /** v1.1: where `applicable` is false, whose word it is: the catalogue's rule or the assessment's. */
  excluded_by?: ServiceExclusion;
  /** v1.1: the assessment's note on the service. */
  note?: string;
  /** v1.1: the assessment's stage, passed through. */
  stage?: Stage;
}

/**
 * The result of scoring (SCORING.md §7). Numbers are rounded to one decimal
 * (half away from zero) as the contract says; the scorer keeps full precision
 * internally and rounds only when it builds this object.
 */
export interface Result {
  format: typeof RESULT_FORMAT;
  catalogue: { id: string; version: string };
  municipality: Municipality;
  assessment?: AssessmentInfo;
  lang: Lang;
  score: number | null;
  band: string | null;
  band_by_score: string | null;
  /** The failed gates whose cap set the band (empty where the band is by score). */
  capped_by: string[];
  coverage: number | null;
  /** v1.1 §4: whether enough is known for a verdict (band null where false). */
  assessable: boolean;
  /** v1.1: the catalogue's min_coverage (0 where it sets none). */
  min_coverage: number;
  /** v1.1 §5a: the path to the next band, null where not assessable or at the top. */
  next_band?: NextBand | null;
  dimensions: DimensionResult[];
  gates: GateResult[];
  actions: ActionResult[];
  services: ServiceResult[];
  /** v1.1: answers given under an id a criterion `replaces`: old id -> new id. */
  replaced?: Record<string, string>;
}
