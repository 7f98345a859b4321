/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { formatDiagnostic } from '../../errors.js';
import { type Params, t } from '../../i18n/index.js';
import { slugify } from '../../interview/paths.js';
import { noPositions } from '../../model/source.js';
import { parseYaml } from '../../load/parse.js';
import { applies } from '../../model/catalogue.js';
import { resolveText } from '../../model/text.js';
import type { Assessment, Lang, Municipality, Text } from '../../model/types.js';
import { scoreAssessment } from '../../score/score.js';
import { validateAssessment } from '../../validate/index.js';
import { renderAssessmentYaml } from '../assessment-yaml.js';
import type { FormData } from '../data.js';
import { readImport } from '../import.js';
import {
  assessmentFromState,
  emptyState,
  type FormState,
  numberValue,
  stateFromAssessment,
  stateFromStored,
  storedState,
} from '../state.js';
import type { FieldRef, FormContext } from './context.js';
import { renderCriterion } from './criterion.js';
import { domId, h, replaceChildren } from './dom.js';
import { fieldOf, problemsAsErrors, type ShownError, showFieldErrors } from './fields.js';
import { renderInfo, renderMunicipality } from './municipality.js';
import { renderResult } from './result.js';
import { renderServices, updateServiceHints } from './services.js';
import { clockTime, readStored, removeStored, storageWorks, writeStored } from './storage.js';

type Base = { file: string; text: string } | null;
interface Notice {
  kind: 'info' | 'error';
  title: string;
  lines: string[];
}

/** The page: one state, rendered whole on start, language switch, import and restart. */
export class App {
  private lang: Lang;
  private state: FormState;
  private base: Base;
  private baseValue: Record<string, unknown> | undefined;
  private fields = new Map<string, FieldRef>();
  private status = '';
  private notice: Notice | undefined;
  private showErrors = false;
  private resultBox: HTMLElement | undefined;
  private errorBox: HTMLElement | undefined;
  private statusLine: HTMLElement | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly data: FormData,
  ) {
    this.lang = data.lang;
    this.base = data.from;
    this.baseValue = this.parseBase(data.from);
    this.state = this.initialState();
  }

  start(): void {
    const stored = readStored(this.data.storageKey);
    if (stored) {
      this.state = stateFromStored(stored);
      this.base = stored.base;
      this.baseValue = this.parseBase(stored.base);
      this.status = this.m('form.restored', { time: clockTime(new Date(stored.savedAt)) });
    } else if (!storageWorks()) {
      this.status = this.m('form.notSaved');
    }
    window.addEventListener('beforeprint', () => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    this.render();
  }

  private m = (key: string, params?: Params): string => t(this.lang, key, params);
  private tx = (text: Text | undefined): string =>
    resolveText(text, this.lang, this.data.catalogue.language);

  private parseBase(base: Base): Record<string, unknown> | undefined {
    if (!base) return undefined;
    return parseYaml(base.text, base.file, this.lang).value as Record<string, unknown>;
  }

  private initialState(): FormState {
    return this.baseValue
      ? stateFromAssessment(this.baseValue as unknown as Assessment)
      : emptyState();
  }

  private context(): FormContext {
    return {
      catalogue: this.data.catalogue,
      lang: this.lang,
      state: this.state,
      m: this.m,
      tx: this.tx,
      changed: (what) => {
        this.update(what === 'municipality');
        this.save();
      },
      fields: this.fields,
    };
  }

  /** Everything from the state: used on start, language switch, import and restart. */
  private render(): void {
    const catalogue = this.data.catalogue;
    document.documentElement.lang = this.lang;
    document.title = this.m('form.page.title', { title: this.tx(catalogue.title) });
    this.fields = new Map();
    const ctx = this.context();
    this.errorBox = h('div', {
      class: 'error-summary',
      id: 'error-summary',
      tabindex: -1,
      hidden: true,
    });
    this.resultBox = h('div', { class: 'result-body', id: 'result-body' });
    const form = h(
      'form',
      {
        class: 'questionnaire',
        id: 'questionnaire',
        novalidate: true,
        'aria-label': this.tx(catalogue.title),
      },
      renderMunicipality(ctx),
      renderInfo(ctx),
      ...catalogue.dimensions.map((dimension) =>
        h(
          'section',
          {
            class: 'dimension',
            id: domId('d', dimension.id),
            'aria-labelledby': domId('dh', dimension.id),
          },
          h('h2', { id: domId('dh', dimension.id) }, this.tx(dimension.title)),
          dimension.description === undefined
            ? null
            : h('p', { class: 'description' }, this.tx(dimension.description)),
          h('p', { class: 'count', id: domId('count', dimension.id) }),
          ...dimension.criteria.map((criterion) => renderCriterion(ctx, criterion)),
        ),
      ),
      renderServices(ctx),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
    });
    replaceChildren(
      this.root,
      h('a', { class: 'skip', href: '#result' }, this.m('form.page.skipResult')),
      this.header(),
      h('div', { class: 'layout' }, h('main', { id: 'main' }, this.errorBox, form), this.aside()),
      this.restartDialog(),
    );
    this.update(true);
  }

  private header(): HTMLElement {
    const catalogue = this.data.catalogue;
    const base = this.data.from;
    this.statusLine = h('p', { class: 'status', role: 'status', id: 'save-status' }, this.status);
    return h(
      'header',
      { class: 'page-head' },
      h('h1', {}, this.tx(catalogue.title)),
      h(
        'p',
        { class: 'meta' },
        this.m('form.page.catalogue', { id: catalogue.id, version: catalogue.version }),
      ),
      h(
        'p',
        { class: 'privacy', id: 'privacy' },
        base ? this.m('form.page.from', { file: base.file }) : this.m('form.page.empty'),
      ),
      h('p', { class: 'hint' }, this.m('form.page.keys')),
      this.toolbar(),
      this.statusLine,
      this.noticeBox(),
    );
  }

  private toolbar(): HTMLElement {
    const button = (id: string, label: string, run: () => void): HTMLButtonElement => {
      const b = h('button', { type: 'button', id }, label);
      b.addEventListener('click', run);
      return b;
    };
    const file = h('input', {
      type: 'file',
      id: 'import-file',
      accept: '.yaml,.yml,application/yaml,text/yaml',
      class: 'visually-hidden',
    });
    file.addEventListener('change', () => void this.importFile(file));
    const other = this.data.languages.find((l) => l !== this.lang);
    const language =
      this.data.languages.length > 1 && other !== undefined
        ? h(
            'button',
            {
              type: 'button',
              id: 'language',
              lang: other,
              'aria-label': this.m('form.toolbar.languageName'),
            },
            this.m('form.toolbar.language'),
          )
        : null;
    language?.addEventListener('click', () => {
      this.lang = other ?? this.lang;
      this.render();
      document.getElementById('language')?.focus();
    });
    return h(
      'div',
      { class: 'toolbar', role: 'group', 'aria-label': this.m('form.toolbar.label') },
      button('download', this.m('form.toolbar.download'), () => {
        this.download();
      }),
      h(
        'span',
        { class: 'file-button' },
        file,
        h('label', { for: 'import-file' }, this.m('form.toolbar.import')),
      ),
      button('print', this.m('form.toolbar.print'), () => {
        window.print();
      }),
      button('restart', this.m('form.toolbar.restart'), () => {
        this.askRestart();
      }),
      language,
    );
  }

  private noticeBox(): HTMLElement {
    const notice = this.notice;
    const box = h('div', { class: 'notice', id: 'notice', tabindex: -1 });
    if (!notice) return box;
    box.classList.add(notice.kind);
    box.setAttribute('role', notice.kind === 'error' ? 'alert' : 'status');
    box.append(h('p', {}, notice.title));
    if (notice.lines.length > 0)
      box.append(h('ul', {}, ...notice.lines.map((line) => h('li', {}, line))));
    return box;
  }

  private aside(): HTMLElement {
    return h(
      'aside',
      // Focusable (tabindex 0): it scrolls on its own beside the form, and keyboard users must reach it.
      { class: 'result', id: 'result', tabindex: 0, 'aria-labelledby': 'result-heading' },
      h('h2', { id: 'result-heading' }, this.m('form.result.heading')),
      h('p', { class: 'hint' }, this.m('form.result.live')),
      this.resultBox,
    );
  }

  private restartDialog(): HTMLElement {
    const dialog = h('dialog', {
      id: 'restart-dialog',
      'aria-labelledby': 'restart-title',
      'aria-describedby': 'restart-text',
    });
    const confirm = h(
      'button',
      { type: 'button', id: 'restart-confirm' },
      this.m('form.restart.confirm'),
    );
    const cancel = h(
      'button',
      { type: 'button', id: 'restart-cancel' },
      this.m('form.restart.cancel'),
    );
    confirm.addEventListener('click', () => {
      dialog.close();
      this.restart();
    });
    cancel.addEventListener('click', () => {
      dialog.close();
    });
    dialog.append(
      h('h2', { id: 'restart-title' }, this.m('form.restart.title')),
      h('p', { id: 'restart-text' }, this.m('form.restart.text')),
      h('div', { class: 'toolbar' }, cancel, confirm),
    );
    return dialog;
  }

  private askRestart(): void {
    const dialog = document.getElementById('restart-dialog') as HTMLDialogElement | null;
    dialog?.showModal();
    document.getElementById('restart-cancel')?.focus();
  }

  private restart(): void {
    removeStored(this.data.storageKey);
    this.base = this.data.from;
    this.baseValue = this.parseBase(this.base);
    this.state = this.initialState();
    this.showErrors = false;
    this.notice = undefined;
    this.status = this.m('form.restart.done');
    this.render();
    document.getElementById('restart')?.focus();
  }

  /** After every change: which criteria apply, the counts, the live result and, once shown, the errors. */
  private update(municipalityChanged: boolean): void {
    const catalogue = this.data.catalogue;
    const { assessment, problems } = assessmentFromState(
      this.state,
      catalogue,
      this.lang,
      this.baseValue,
    );
    if (municipalityChanged) this.applyVisibility();
    this.updateCounts();
    const result = scoreAssessment(catalogue, assessment, { lang: this.lang });
    if (this.resultBox) replaceChildren(this.resultBox, ...renderResult(this.context(), result));
    if (this.showErrors) this.showValidation(this.errorsOf(assessment, problems), false);
  }

  private municipalityForRules(): Municipality {
    const m = this.state.municipality;
    const population = numberValue(m.population, this.lang);
    return {
      name: m.name,
      type: m.type as Municipality['type'],
      state: m.state as Municipality['state'],
      ...(population === undefined ? {} : { population }),
    };
  }

  private applyVisibility(): void {
    const municipality = this.municipalityForRules();
    updateServiceHints(this.context(), municipality);
    for (const dimension of this.data.catalogue.dimensions) {
      for (const criterion of dimension.criteria) {
        const element = document.getElementById(domId('c', criterion.id));
        if (element) element.hidden = !applies(criterion, municipality);
      }
    }
  }

  private updateCounts(): void {
    const municipality = this.municipalityForRules();
    for (const dimension of this.data.catalogue.dimensions) {
      const shown = dimension.criteria.filter((c) => applies(c, municipality));
      const answered = shown.filter(
        (c) => this.state.answers.get(c.id)?.value !== undefined,
      ).length;
      const element = document.getElementById(domId('count', dimension.id));
      if (element)
        replaceChildren(element, this.m('form.dimension.count', { answered, total: shown.length }));
    }
  }

  private save(): void {
    const now = new Date();
    const ok = writeStored(this.data.storageKey, storedState(this.state, this.base, now));
    this.status = ok ? this.m('form.saved', { time: clockTime(now) }) : this.m('form.notSaved');
    if (this.statusLine) replaceChildren(this.statusLine, this.status);
  }

  private errorsOf(
    assessment: Assessment,
    problems: ReturnType<typeof assessmentFromState>['problems'],
  ): ShownError[] {
    const validation = validateAssessment(
      assessment,
      noPositions(this.fileName()),
      this.lang,
      this.data.catalogue,
    );
    return [
      ...problemsAsErrors(problems, this.m),
      ...validation.errors.map((d) => ({ field: fieldOf(d), message: d.message })),
    ];
  }

  private showValidation(errors: ShownError[], focus: boolean): void {
    showFieldErrors(this.fields, errors);
    const box = this.errorBox;
    if (!box) return;
    box.hidden = errors.length === 0;
    if (errors.length === 0) {
      replaceChildren(box);
      return;
    }
    const items = errors.map((e) => {
      const ref = this.fields.get(e.field);
      const label = ref
        ? h('a', { href: `#${ref.container.id || ref.focus.id}` }, e.message)
        : e.message;
      if (ref && label instanceof HTMLAnchorElement) {
        label.addEventListener('click', (event) => {
          event.preventDefault();
          ref.container.scrollIntoView({ block: 'center' });
          ref.focus.focus();
        });
      }
      return h('li', {}, label);
    });
    replaceChildren(
      box,
      h('h2', {}, this.m('form.export.errors', { count: errors.length })),
      h('p', {}, this.m('form.error.summary')),
      h('ul', {}, ...items),
    );
    box.setAttribute('role', 'alert');
    if (focus) box.focus();
  }

  private fileName(): string {
    if (this.base) return this.base.file;
    const slug = slugify(this.state.municipality.name);
    return `${slug === '' ? 'selbsteinschaetzung' : slug}.yaml`;
  }

  private download(): void {
    const catalogue = this.data.catalogue;
    const { assessment, problems } = assessmentFromState(
      this.state,
      catalogue,
      this.lang,
      this.baseValue,
    );
    const errors = this.errorsOf(assessment, problems);
    if (errors.length > 0) {
      this.showErrors = true;
      this.showValidation(errors, true);
      return;
    }
    const text = renderAssessmentYaml(
      assessment,
      this.state,
      catalogue,
      this.base,
      this.m('form.yaml.head', { id: catalogue.id, version: catalogue.version }),
    );
    const file = this.fileName();
    const link = h('a', {
      href: `data:application/yaml;charset=utf-8,${encodeURIComponent(text)}`,
      download: file,
      hidden: true,
    });
    document.body.append(link);
    link.click();
    link.remove();
    this.setNotice({ kind: 'info', title: this.m('form.downloaded', { file }), lines: [] });
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    input.value = '';
    const read = readImport(bytes, file.name, this.data.catalogue, this.lang);
    if ('errors' in read) {
      this.setNotice({
        kind: 'error',
        title: this.m('form.import.errors', { file: file.name, count: read.errors.length }),
        lines: read.errors.map(formatDiagnostic),
      });
      document.getElementById('notice')?.focus();
      return;
    }
    this.state = stateFromAssessment(read.assessment);
    this.base = { file: file.name, text: read.text };
    this.baseValue = read.assessment as unknown as Record<string, unknown>;
    this.showErrors = false;
    this.notice = {
      kind: 'info',
      title: this.m('form.import.done', { file: file.name }),
      lines: read.warnings.map(formatDiagnostic),
    };
    this.save();
    this.render();
    document.getElementById('notice')?.focus();
  }

  private setNotice(notice: Notice): void {
    this.notice = notice;
    document.getElementById('notice')?.replaceWith(this.noticeBox());
  }
}
