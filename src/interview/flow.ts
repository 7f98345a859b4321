import { createHash } from 'node:crypto';
import { type Document, parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import {
  type AnswerValue,
  type Catalogue,
  type Lang,
  METHODS,
  MUNICIPALITY_TYPES,
  type Method,
  type Municipality,
  type MunicipalityType,
  STAGES,
  STATES,
  type Service,
  type ServiceEntry,
  type Stage,
  type State,
} from '../model/types.js';
import { type Answer, HELP, NA, formatEvidence, fromEntry, parseEvidence } from './answer.js';
import type { Ask, Choice, ValueKey } from './ask.js';
import {
  documentAnswers,
  documentServices,
  newAssessmentDocument,
  setAnswer,
  setInfoField,
  setMunicipalityField,
  setService,
} from './document.js';
import './messages.js';
import { hasControlCharacters } from '../render/terminal-safe.js';
import { applyEdit, editDocument, stringifyDocument } from '../load/yaml-edit.js';
import { type PlanItem, applicableItems, planQuestions, planServices, progress } from './plan.js';
import {
  criterionQuestion,
  helpText,
  text,
  typedKey,
  valueFromChecklist,
  valueFromNumberInput,
  valueFromSelect,
  valueKeys,
} from './questions.js';
import { InternalError } from '../errors.js';

/**
 * The interview itself: first the municipality and the assessment, then the
 * criteria dimension by dimension, saving after every answer; on an existing
 * file a menu to continue, revisit or finish. All IO goes through `Ask` and
 * `Storage`, so tests drive it with a fake answerer and an in-memory store.
 */

export interface Storage {
  /**
   * Pick the answers file for a new interview once the municipality's name is
   * known. Where this municipality's assessment already exists there, its text
   * is returned to be resumed.
   */
  claim(name: string): Promise<{ file: string; resume?: string }>;
  /**
   * Write the whole text (atomically) to `file`. Called after every answer.
   * `merged`: the text joins another program's changes (it may fail to
   * validate because of them, which is then the user's to fix, not a bug).
   */
  save(file: string, text: string, merged: boolean): Promise<void>;
  /** The file's text as it is on disk now (undefined where there is none), read before each save. */
  read(file: string): Promise<string | undefined>;
}

export interface InterviewOptions {
  ask: Ask;
  storage: Storage;
  catalogue: Catalogue;
  lang: Lang;
  /** `--dimension`: ask only these (validated ids). */
  dimensions?: readonly string[];
  /** The date offered for the assessment (YYYY-MM-DD); passed in to keep the flow free of the clock. */
  today: string;
  /** The schema comment for a new file (depends on where the file goes). */
  schemaComment: (file: string) => string;
}

/** Where the interview stands; read by the caller after a cancel to say where the answers are. */
export interface InterviewState {
  file?: string;
  /** The text of the answers file as it is (or will be) saved. */
  text?: string;
}

/** Run the interview. Resolves when the person finishes; rejects with `InterviewCancelled` on Ctrl-C. */
export async function runInterviewFlow(
  options: InterviewOptions,
  state: InterviewState,
): Promise<void> {
  const flow = new Flow(options, state);
  if (state.text !== undefined) {
    await flow.menu();
    return;
  }
  const resumed = await flow.start();
  if (resumed) {
    await flow.menu();
    return;
  }
  await flow.ask(flow.plan('missing'));
  await flow.askServices(flow.servicePlan('missing'));
}

/** The municipality a document describes (it was validated on load or written by us). */
export function documentMunicipality(doc: Document): Municipality {
  return (doc.toJS() as { municipality: Municipality }).municipality;
}

/** Municipality and answers of a saved text, for counting after a cancel. */
export function textState(text: string): {
  municipality: Municipality;
  answers: ReturnType<typeof documentAnswers>;
} {
  const doc = parseDocument(text);
  return { municipality: documentMunicipality(doc), answers: documentAnswers(doc) };
}

/** A value prompt's end: the answer, or a key and where the person was (`cursor`: a checklist's row). */
type ValueReply =
  | { kind: 'value'; value: AnswerValue }
  | { kind: 'key'; key: ValueKey; current: AnswerValue | undefined; cursor?: string };

class Flow {
  constructor(
    private readonly options: InterviewOptions,
    private readonly state: InterviewState,
  ) {
    if (state.text !== undefined) this.seen = digest(state.text);
  }

  private get lang(): Lang {
    return this.options.lang;
  }

  private m(key: string, params?: Record<string, string | number>): string {
    return t(this.lang, key, params);
  }

  private parsed: { text: string; doc: Document } | undefined;

  /** The hash of the file as this interview last read or wrote it; undefined before the first save. */
  private seen: string | undefined;

  /** The edits since the last save, to replay onto the file where someone else changed it meanwhile. */
  private pending: ((doc: Document) => void)[] = [];

  /** The document as it stands (read-only: changes go through `edit`). */
  private get doc(): Document {
    const text = this.state.text;
    if (text === undefined) throw new InternalError('interview: no document yet');
    if (this.parsed?.text !== text) this.parsed = { text, doc: parseDocument(text) };
    return this.parsed.doc;
  }

  /** Change the file's text in place: only what the change touches is rewritten. */
  private edit(change: (doc: Document) => void): void {
    if (this.state.text === undefined) throw new InternalError('interview: no document yet');
    const edited = editDocument(this.state.text, change);
    this.state.text = edited.text;
    this.parsed = edited; // the next question reads this document: no parse of the text again
    this.pending.push(change);
  }

  /**
   * Save, never over someone else's changes: where the file changed since
   * this interview last saw it (a hand edit, a second interview), this
   * interview's edits since then are made again on the file as it is now, so
   * their answers, comments and keys stay and ours are added.
   */
  private async save(): Promise<void> {
    const { file } = this.state;
    if (file === undefined || this.state.text === undefined) return;
    const disk = await this.options.storage.read(file);
    const merged = disk !== undefined && digest(disk) !== this.seen;
    if (merged) {
      if (this.seen === undefined) {
        throw new InputError(this.m('interview.createdMeanwhile', { file }));
      }
      this.state.text = replay(disk, this.pending, () => this.m('interview.cannotMerge', { file }));
      this.options.ask.print(this.m('interview.merged', { file }));
    }
    await this.options.storage.save(file, this.state.text, merged);
    this.seen = digest(this.state.text);
    this.pending = [];
  }

  /** A new interview: the municipality first. Returns true where an existing file is resumed instead. */
  async start(): Promise<boolean> {
    const { ask } = this.options;
    ask.print(
      this.m('interview.welcome', {
        catalogue: text(this.options.catalogue, this.options.catalogue.title, this.lang),
      }),
    );
    const name = await this.askName(undefined);
    if (this.state.file === undefined) {
      const claimed = await this.options.storage.claim(name);
      this.state.file = claimed.file;
      if (claimed.resume !== undefined) {
        this.state.text = claimed.resume;
        this.seen = digest(claimed.resume);
        ask.print(this.m('interview.resumingFound', { file: claimed.file }));
        return true;
      }
    }
    const type = await this.askType(undefined);
    const land = await this.askState(undefined);
    this.state.text = stringifyDocument(
      newAssessmentDocument(
        this.options.catalogue,
        { name, type, state: land },
        this.options.schemaComment(this.state.file),
      ),
    );
    await this.save();
    ask.print(this.m('interview.savingTo', { file: this.state.file }));
    await this.askDetails();
    return false;
  }

  /** The criteria of `mode` for the municipality as it stands now. */
  plan(mode: 'missing' | 'unknown' | 'all', dimension?: string): PlanItem[] {
    const dimensions = dimension !== undefined ? [dimension] : this.options.dimensions;
    return planQuestions(
      this.options.catalogue,
      documentMunicipality(this.doc),
      documentAnswers(this.doc),
      {
        mode,
        ...(dimensions !== undefined ? { dimensions } : {}),
      },
    );
  }

  /** The resume menu: continue, revisit a dimension or a criterion, edit the municipality, finish. */
  async menu(): Promise<void> {
    const { ask, catalogue } = this.options;
    for (;;) {
      const municipality = documentMunicipality(this.doc);
      const answers = documentAnswers(this.doc);
      const { answered, total } = progress(catalogue, municipality, answers);
      const missing = this.plan('missing');
      const unknown = this.plan('unknown');
      const openServices = this.servicePlan('missing');
      const services = this.servicePlan('all');
      const open = missing.length + openServices.length;
      ask.print(
        this.m('interview.status', {
          name: municipality.name,
          answered,
          total,
          file: this.state.file ?? '',
        }),
      );
      type Action =
        'missing' | 'unknown' | 'dimension' | 'criterion' | 'services' | 'municipality' | 'finish';
      const choices: Choice<Action>[] = [];
      if (open > 0)
        choices.push({ value: 'missing', name: this.m('interview.menu.missing', { count: open }) });
      if (unknown.length > 0)
        choices.push({
          value: 'unknown',
          name: this.m('interview.menu.unknown', { count: unknown.length }),
        });
      choices.push(
        { value: 'dimension', name: this.m('interview.menu.dimension') },
        { value: 'criterion', name: this.m('interview.menu.criterion') },
      );
      if (services.length > 0) {
        const answered = services.length - openServices.length;
        choices.push({
          value: 'services',
          name: this.m('interview.menu.services', { answered, total: services.length }),
        });
      }
      choices.push(
        { value: 'municipality', name: this.m('interview.menu.municipality') },
        { value: 'finish', name: this.m('interview.menu.finish') },
      );
      const action = await ask.select<Action>({
        key: 'menu',
        message: this.m('interview.menu.message'),
        choices,
        default: open > 0 ? 'missing' : 'finish',
      });
      switch (action) {
        case 'missing':
          await this.ask(missing);
          await this.askServices(this.servicePlan('missing'));
          break;
        case 'services':
          await this.askServices(services);
          break;
        case 'unknown':
          await this.ask(unknown);
          break;
        case 'dimension': {
          const dimension = await this.pickDimension();
          await this.ask(this.plan('all', dimension));
          break;
        }
        case 'criterion': {
          const item = await this.pickCriterion();
          if (item !== undefined) await this.ask([item]);
          break;
        }
        case 'municipality':
          await this.editMunicipality();
          break;
        case 'finish':
          return;
      }
    }
  }

  /**
   * Ask each criterion of the plan, saving after each answer. The value
   * prompt takes keys besides the answer: a note, evidence, back to the
   * question before, help. Where the value needs a note (n/a), it is asked.
   */
  async ask(items: readonly PlanItem[]): Promise<void> {
    let index = 0;
    while (index < items.length) {
      const item = items[index];
      if (item === undefined) break;
      const step = await this.askCriterion(item, index > 0);
      index += step === 'back' ? -1 : 1;
    }
  }

  /** One criterion: its value, and the note and evidence where the person asks for them. */
  private async askCriterion(item: PlanItem, back: boolean): Promise<'next' | 'back'> {
    const { ask, catalogue } = this.options;
    const { criterion, dimension } = item;
    ask.print('');
    ask.print(
      this.m('interview.progress', {
        number: item.number,
        total: item.total,
        dimension: text(catalogue, dimension.title, this.lang),
      }),
    );
    ask.print(`${text(catalogue, criterion.title, this.lang)} (${criterion.id})`);
    const existing = documentAnswers(this.doc)[criterion.id];
    const before: Answer | undefined = existing !== undefined ? fromEntry(existing) : undefined;
    if (before?.note !== undefined)
      ask.print(this.m('interview.currentNote', { note: before.note }));
    if (before?.evidence !== undefined && before.evidence.length > 0) {
      ask.print(this.m('interview.currentEvidence', { evidence: formatEvidence(before.evidence) }));
    }
    const extra: Omit<Answer, 'value'> = {
      ...(before?.note !== undefined ? { note: before.note } : {}),
      ...(before?.evidence !== undefined ? { evidence: before.evidence } : {}),
    };
    let shown: AnswerValue | undefined = before?.value;
    let cursor: string | undefined;
    for (;;) {
      const reply = await this.askValue(item, shown, cursor, back);
      if (reply.kind === 'value') {
        if (reply.value === NA && (extra.note ?? '') === '') {
          extra.note = await this.askNote(criterion.id, undefined, true);
        }
        await this.storeAnswer(criterion.id, { ...extra, value: reply.value });
        return 'next';
      }
      shown = reply.current;
      cursor = reply.cursor;
      if (reply.key === 'back') return 'back';
      if (reply.key === 'help') {
        ask.print(helpText(catalogue, criterion, this.lang));
        continue;
      }
      if (reply.key === 'note') {
        const note = await this.askNote(criterion.id, extra.note, false);
        if (note === undefined) delete extra.note;
        else extra.note = note;
      } else {
        const evidence = parseEvidence(
          await ask.input({
            key: `evidence:${criterion.id}`,
            message: this.m('interview.evidence'),
            ...(extra.evidence !== undefined ? { default: formatEvidence(extra.evidence) } : {}),
          }),
        );
        if (evidence.length === 0) delete extra.evidence;
        else extra.evidence = evidence;
      }
      // An answer already in the file gets its note or evidence at once; a new one with its value.
      if (before !== undefined)
        await this.storeAnswer(criterion.id, { ...extra, value: before.value });
    }
  }

  private async storeAnswer(criterionId: string, answer: Answer): Promise<void> {
    this.edit((doc) => {
      setAnswer(doc, criterionId, answer);
    });
    await this.save();
  }

  /** The note for a criterion (undefined where left empty); `required` where the value needs one. */
  private async askNote(
    criterionId: string,
    current: string | undefined,
    required: boolean,
  ): Promise<string | undefined> {
    const note = await this.options.ask.input({
      key: `note:${criterionId}`,
      message: this.m(required ? 'interview.noteRequired' : 'interview.note'),
      ...(current !== undefined ? { default: current } : {}),
      ...(required
        ? {
            validate: (value: string) =>
              value.trim() === '' ? this.m('interview.noteNeeded') : true,
          }
        : {}),
    });
    const trimmed = note.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  /**
   * The value prompt for one criterion, shown with `current` highlighted (or
   * ticked); "Hilfe anzeigen" chosen from the list comes back as the help key.
   */
  private async askValue(
    item: PlanItem,
    current: AnswerValue | undefined,
    cursor: string | undefined,
    back: boolean,
  ): Promise<ValueReply> {
    const { ask, catalogue } = this.options;
    const question = criterionQuestion(catalogue, item.criterion, this.lang, current, {
      back,
      ...(cursor !== undefined ? { cursor } : {}),
    });
    const help = { kind: 'key', key: 'help' } as const;
    if (question.kind === 'select') {
      const reply = await ask.selectValue(question.question, question.keys);
      if (reply.kind === 'key') return { kind: 'key', key: reply.key, current: reply.current };
      const value = valueFromSelect(reply.value);
      return value === undefined ? { ...help, current } : { kind: 'value', value };
    }
    if (question.kind === 'checkbox') {
      const reply = await ask.checkboxValue(question.question, question.keys);
      const ticked = (reply.kind === 'key' ? reply.current : reply.value).filter((v) => v !== HELP);
      if (reply.kind === 'key') return { ...reply, current: ticked };
      const value = valueFromChecklist(reply.value);
      return value === undefined ? { ...help, current: ticked } : { kind: 'value', value };
    }
    const typed = await ask.input(question.question);
    const key = typedKey(typed, question.keys);
    if (key !== undefined) return { kind: 'key', key, current };
    const value = valueFromNumberInput(typed, this.lang);
    return value === undefined ? { ...help, current } : { kind: 'value', value };
  }

  /** The services of the plan, one after the other; the services question is printed once. */
  async askServices(services: readonly Service[]): Promise<void> {
    if (services.length === 0) return;
    this.options.ask.print('');
    this.options.ask.print(this.m('interview.services.question'));
    let index = 0;
    while (index < services.length) {
      const service = services[index];
      if (service === undefined) break;
      const step = await this.askService(service, index + 1, services.length, index > 0);
      index += step === 'back' ? -1 : 1;
    }
  }

  /**
   * One service: responsible yes/no/unknown, and where it is, how far the
   * connection is. Saved under `services` at once; "unknown" leaves nothing
   * in the file (the catalogue's rule decides, as before).
   */
  private async askService(
    service: Service,
    number: number,
    total: number,
    back: boolean,
  ): Promise<'next' | 'back'> {
    const { ask, catalogue } = this.options;
    const title = text(catalogue, service.title, this.lang);
    ask.print(this.m('interview.services.progress', { number, total, title }));
    const said = documentServices(this.doc)[service.id] ?? {};
    if (said.note !== undefined) ask.print(this.m('interview.currentNote', { note: said.note }));
    let note = said.note;
    type Responsible = 'yes' | 'no' | 'unknown';
    // Nothing said yet: "yes", since the catalogue counts this municipality responsible.
    let shown: Responsible =
      said.responsible === false
        ? 'no'
        : said.responsible === undefined && Object.keys(said).length > 0
          ? 'unknown'
          : 'yes';
    const keys = valueKeys(this.lang, { back, help: false }).filter((k) => k.key !== 'evidence');
    for (;;) {
      const reply = await ask.selectValue<Responsible>(
        {
          key: `service:${service.id}`,
          message: this.m('interview.services.responsible', { title }),
          choices: [
            { value: 'yes', name: this.m('interview.services.yes') },
            { value: 'no', name: this.m('interview.services.no') },
            { value: 'unknown', name: this.m('interview.unknown') },
          ],
          default: shown,
        },
        keys,
      );
      if (reply.kind === 'key') {
        if (reply.key === 'back') return 'back';
        shown = reply.current;
        note = await this.askServiceNote(service.id, note, 'interview.note');
        continue;
      }
      let entry: ServiceEntry;
      if (reply.value === 'yes') {
        const stage = await ask.select<Stage | 'unknown'>({
          key: `stage:${service.id}`,
          message: this.m('interview.services.stage', { title }),
          choices: [
            ...STAGES.map((value) => ({ value, name: this.m(`v11.stage.${value}`) })),
            { value: 'unknown' as const, name: this.m('interview.unknown') },
          ],
          ...(said.stage !== undefined ? { default: said.stage } : {}),
        });
        entry = { responsible: true, ...(stage !== 'unknown' ? { stage } : {}) };
      } else if (reply.value === 'no') {
        note ??= await this.askServiceNote(service.id, undefined, 'interview.services.why');
        entry = { responsible: false };
      } else {
        entry = {};
      }
      if (note !== undefined) entry.note = note;
      this.edit((doc) => {
        setService(doc, service.id, entry);
      });
      await this.save();
      return 'next';
    }
  }

  private async askServiceNote(
    serviceId: string,
    current: string | undefined,
    message: string,
  ): Promise<string | undefined> {
    const note = await this.options.ask.input({
      key: `service-note:${serviceId}`,
      message: this.m(message),
      ...(current !== undefined ? { default: current } : {}),
    });
    return note.trim() === '' ? undefined : note.trim();
  }

  /** The services to ask: none where `--dimension` narrows the interview to criteria. */
  servicePlan(mode: 'missing' | 'all'): Service[] {
    if (this.options.dimensions !== undefined && this.options.dimensions.length > 0) return [];
    return planServices(
      this.options.catalogue,
      documentMunicipality(this.doc),
      documentServices(this.doc),
      mode,
    );
  }

  private async pickDimension(): Promise<string> {
    const { ask, catalogue } = this.options;
    const municipality = documentMunicipality(this.doc);
    const answers = documentAnswers(this.doc);
    const only = this.options.dimensions;
    const applicable = applicableItems(catalogue, municipality);
    const choices: Choice<string>[] = [];
    for (const dimension of catalogue.dimensions) {
      if (only !== undefined && only.length > 0 && !only.includes(dimension.id)) continue;
      const items = applicable.filter((i) => i.dimension.id === dimension.id);
      if (items.length === 0) continue; // nothing applies to this municipality
      const answered = items.filter((i) => answers[i.criterion.id] !== undefined).length;
      const title = text(catalogue, dimension.title, this.lang);
      choices.push({
        value: dimension.id,
        name: this.m('interview.dimensionChoice', { title, answered, total: items.length }),
      });
    }
    return ask.select({
      key: 'menu.dimension',
      message: this.m('interview.pickDimension'),
      choices,
    });
  }

  private async pickCriterion(): Promise<PlanItem | undefined> {
    const { ask, catalogue } = this.options;
    const items = this.plan('all');
    const choices = items.map((item) => ({
      value: item.criterion.id,
      name: `${item.criterion.id} · ${text(catalogue, item.criterion.title, this.lang)}`,
    }));
    const id = await ask.search<string>({
      key: 'menu.criterion',
      message: this.m('interview.pickCriterion'),
      source: (term) => {
        const words = term
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => w !== '');
        return choices.filter((c) => words.every((w) => c.name.toLowerCase().includes(w)));
      },
    });
    return items.find((item) => item.criterion.id === id);
  }

  /** Change the municipality block and the assessment details, each field saved at once. */
  private async editMunicipality(): Promise<void> {
    const current = documentMunicipality(this.doc);
    const name = await this.askName(current.name);
    await this.setMunicipality('name', name);
    const type = await this.askType(current.type);
    await this.setMunicipality('type', type);
    const land = await this.askState(current.state);
    await this.setMunicipality('state', land);
    await this.askDetails();
  }

  private async setMunicipality(
    field: keyof Municipality,
    value: string | number | undefined,
  ): Promise<void> {
    this.edit((doc) => {
      setMunicipalityField(doc, field, value);
    });
    await this.save();
  }

  private async setInfo(
    field: 'date' | 'method' | 'assessors',
    value: string | string[] | undefined,
  ): Promise<void> {
    this.edit((doc) => {
      setInfoField(doc, field, value);
    });
    await this.save();
  }

  private async askName(current: string | undefined): Promise<string> {
    const name = await this.options.ask.input({
      key: 'municipality.name',
      message: this.m('interview.municipality.name'),
      ...(current !== undefined ? { default: current } : {}),
      validate: (value) =>
        value.trim() === ''
          ? this.m('interview.required')
          : hasControlCharacters(value)
            ? this.m('interview.nameOneLine')
            : true,
    });
    return name.trim();
  }

  private askType(current: MunicipalityType | undefined): Promise<MunicipalityType> {
    return this.options.ask.select<MunicipalityType>({
      key: 'municipality.type',
      message: this.m('interview.municipality.type'),
      choices: MUNICIPALITY_TYPES.map((type) => ({
        value: type,
        name: this.m(`interview.type.${type}`),
      })),
      ...(current !== undefined ? { default: current } : {}),
    });
  }

  private askState(current: State | undefined): Promise<State> {
    return this.options.ask.select<State>({
      key: 'municipality.state',
      message: this.m('interview.municipality.state'),
      choices: STATES.map((state) => ({
        value: state,
        name: `${state} – ${this.m(`interview.state.${state}`)}`,
      })),
      ...(current !== undefined ? { default: current } : {}),
    });
  }

  /** AGS, population, date, method and assessors: each optional, each saved when given. */
  private async askDetails(): Promise<void> {
    const { ask } = this.options;
    const js = this.doc.toJS() as {
      municipality: Municipality;
      assessment?: { date?: string; method?: Method; assessors?: string[] };
    };

    const ags = await ask.input({
      key: 'municipality.ags',
      message: this.m('interview.municipality.ags'),
      ...(js.municipality.ags !== undefined ? { default: js.municipality.ags } : {}),
      validate: (value) =>
        /^(\d{5}|\d{8})?$/.test(value.trim()) ? true : this.m('interview.agsExpected'),
    });
    await this.setMunicipality('ags', ags.trim() === '' ? undefined : ags.trim());

    const population = await ask.input({
      key: 'municipality.population',
      message: this.m('interview.municipality.population'),
      ...(js.municipality.population !== undefined
        ? { default: String(js.municipality.population) }
        : {}),
      validate: (value) => checkPopulation(value, this.lang),
    });
    const digits = population.trim().replace(/[.,\s]/g, '');
    await this.setMunicipality('population', digits === '' ? undefined : Number(digits));

    const date = await ask.input({
      key: 'assessment.date',
      message: this.m('interview.assessment.date'),
      default: js.assessment?.date ?? this.options.today,
      validate: (value) =>
        value.trim() === '' || isIsoDate(value.trim()) ? true : this.m('interview.dateExpected'),
    });
    await this.setInfo('date', date.trim() === '' ? undefined : date.trim());

    const method = await ask.select<Method>({
      key: 'assessment.method',
      message: this.m('interview.assessment.method'),
      choices: METHODS.map((value) => ({ value, name: this.m(`interview.method.${value}`) })),
      default: js.assessment?.method ?? 'interview',
    });
    await this.setInfo('method', method);

    const assessors = await ask.input({
      key: 'assessment.assessors',
      message: this.m('interview.assessment.assessors'),
      ...(js.assessment?.assessors !== undefined
        ? { default: js.assessment.assessors.join(', ') }
        : {}),
    });
    const names = assessors
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    await this.setInfo('assessors', names);
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `edits` made again on `text`; where that text no longer parses, the interview stops and says so. */
function replay(
  text: string,
  edits: readonly ((doc: Document) => void)[],
  why: () => string,
): string {
  if (parseDocument(text).errors.length > 0) throw new InputError(why());
  let result = text;
  for (const edit of edits) result = applyEdit(result, edit);
  return result;
}

/** The largest population taken: more than any municipality or Verbund has, and exact as a number. */
export const MAX_POPULATION = 100_000_000;

/** What was typed as population: digits (with `.`/`,`/spaces grouping) up to MAX_POPULATION, or nothing. */
export function checkPopulation(value: string, lang: Lang): true | string {
  const digits = value.trim().replace(/[.,\s]/g, '');
  if (!/^\d*$/.test(digits)) return t(lang, 'interview.populationExpected');
  const significant = digits.replace(/^0+/, '');
  if (significant.length > 9 || Number(significant) > MAX_POPULATION) {
    return t(lang, 'interview.populationTooLarge');
  }
  return true;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A day in the local calendar as YYYY-MM-DD. */
export function localDate(day: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
