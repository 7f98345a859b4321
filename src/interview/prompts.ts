import {
  type KeypressEvent,
  createPrompt,
  isBackspaceKey,
  isDownKey,
  isEnterKey,
  isSpaceKey,
  isUpKey,
  makeTheme,
  useEffect,
  useKeypress,
  usePagination,
  usePrefix,
  useRef,
  useState,
} from '@inquirer/core';
import figures from '@inquirer/figures';
import { InternalError } from '../errors.js';
import type { KeyBinding, Keyed } from './ask.js';

/**
 * The interview's value prompts on `@inquirer/core`: a select and a checklist
 * as inquirer draws them, plus keys that end the prompt with an action (note,
 * evidence, back, help) and say where the cursor was, so the prompt comes
 * back exactly as it was left. In the select, what is typed goes to the
 * choice whose name starts with it, digits included: `3` is "3 – vollständig"
 * (the level of that number, not the third entry) and `w` "Weiß nicht". In
 * the checklist "all" and "invert" leave the choices that stand alone
 * ("Weiß nicht", "Hilfe anzeigen") as they are.
 */

const CURSOR_HIDE = '\u001B[?25l';
/** How long typed letters add up to one search (inquirer's select uses the same). */
const SEARCH_MS = 700;

/** The footer: pairs of key and action word (the caller's `keysHelpTip` puts them into words). */
type KeysHelpTip = (keys: [string, string][]) => string;

interface KeyedTheme {
  style: { keysHelpTip: KeysHelpTip; description: (text: string) => string };
}

/** `key`: ended by an action key (its prefix stays the question mark: nothing was answered). */
type Status = 'idle' | 'done' | 'key';

/** The part of an inquirer theme these prompts read (the terminal `Ask` passes one for all prompts). */
export interface ThemeInput {
  prefix?: string | { idle?: string; done?: string };
  style?: Partial<{
    answer: (text: string) => string;
    message: (text: string, status: string) => string;
    error: (text: string) => string;
    highlight: (text: string) => string;
    description: (text: string) => string;
    keysHelpTip: KeysHelpTip;
  }>;
}

const defaults: KeyedTheme = {
  style: {
    keysHelpTip: (keys) => keys.map(([key, action]) => `${key} ${action}`).join(' • '),
    description: (text) => text,
  },
};

function themeOf(input: ThemeInput | undefined): ReturnType<typeof makeTheme<KeyedTheme>> {
  return makeTheme<KeyedTheme>(defaults, input);
}

interface KeyedChoice<T> {
  value: T;
  name: string;
  description?: string;
}

/** The binding a keypress stands for: a letter (no Ctrl) or `?`, as typed. */
function boundKey(event: KeypressEvent, keys: readonly KeyBinding[]): KeyBinding | undefined {
  if (event.ctrl) return undefined;
  const typed = (event as KeypressEvent & { sequence?: string }).sequence ?? event.name;
  return keys.find(
    (k) => k.letter === typed || (k.letter === event.name && /^[a-z]$/.test(k.letter)),
  );
}

/** The footer entries of the action keys: the letter and the action's name (`note`, `back`, …). */
function keyTips(keys: readonly KeyBinding[]): [string, string][] {
  return keys.map((k) => [k.letter, k.key]);
}

export interface KeyedSelectConfig<T> {
  message: string;
  choices: readonly KeyedChoice<T>[];
  default?: T;
  keys: readonly KeyBinding[];
  pageSize?: number;
  theme?: ThemeInput;
}

/** The readline a keypress handler is given (inquirer's own type, not exported by its core). */
type Readline = Parameters<Parameters<typeof useKeypress>[0]>[1];

/** How a prompt ended: the words shown after the question, its status, and the reply. */
type End<R> = (shown: string, status: Status, reply: R) => void;

/**
 * The prompt as drawn: once ended, the question and what was answered on one
 * line; before, the question, the page of choices and the lines below it.
 */
function frame(
  theme: ReturnType<typeof themeOf>,
  top: { prefix: string; message: string; status: Status; ended: string },
  below: string[],
): string {
  if (top.status !== 'idle') {
    return [top.prefix, top.message, theme.style.answer(top.ended)].join(' ');
  }
  const lines = [`${top.prefix} ${top.message}`, ...below];
  return `${lines.filter((line) => line !== '').join('\n')}${CURSOR_HIDE}`;
}

/** The cursor one up or down, where there is a choice there. */
function moved(event: KeypressEvent, active: number, count: number): number {
  const next = active + (isUpKey(event) ? -1 : 1);
  return next >= 0 && next < count ? next : active;
}

interface SelectState<T> {
  choices: readonly KeyedChoice<T>[];
  keys: readonly KeyBinding[];
  active: number;
  setActive: (index: number) => void;
  search: { current: NodeJS.Timeout | undefined };
  end: End<Keyed<T>>;
}

/** A keypress in the select: choose, move, an action key, or typed letters that search. */
function selectKeypress<T>(event: KeypressEvent, rl: Readline, state: SelectState<T>): void {
  const { choices, active } = state;
  const chosen = choices[active];
  if (chosen === undefined) return;
  clearTimeout(state.search.current);
  if (isEnterKey(event)) {
    state.end(chosen.name, 'done', { kind: 'value', value: chosen.value });
    return;
  }
  if (isUpKey(event) || isDownKey(event) || isBackspaceKey(event)) {
    rl.clearLine(0);
    if (!isBackspaceKey(event)) state.setActive(moved(event, active, choices.length));
    return;
  }
  // A key only where nothing is being typed, so "w" then "e" can still search.
  const bound = rl.line.length <= 1 ? boundKey(event, state.keys) : undefined;
  if (bound !== undefined) {
    rl.clearLine(0);
    state.end(`→ ${bound.label}`, 'key', { kind: 'key', key: bound.key, current: chosen.value });
    return;
  }
  const term = rl.line.toLowerCase();
  const match = choices.findIndex((c) => c.name.toLowerCase().startsWith(term));
  if (match !== -1) state.setActive(match);
  state.search.current = setTimeout(() => {
    rl.clearLine(0);
  }, SEARCH_MS);
}

export const keyedSelect = createPrompt(
  <T>(config: KeyedSelectConfig<T>, done: (reply: Keyed<T>) => void): string => {
    const theme = themeOf(config.theme);
    const { choices, keys } = config;
    const [status, setStatus] = useState<Status>('idle');
    const [ended, setEnded] = useState<string>('');
    const prefix = usePrefix({ status, theme });
    const start = choices.findIndex((c) => 'default' in config && c.value === config.default);
    const [active, setActive] = useState(start === -1 ? 0 : start);
    const search = useRef<NodeJS.Timeout | undefined>(undefined);
    const chosen = choices[active];
    if (chosen === undefined) throw new InternalError('keyedSelect: no choices');
    const end: End<Keyed<T>> = (shown, how, reply) => {
      setEnded(shown);
      setStatus(how);
      done(reply);
    };
    useKeypress((event, rl) => {
      selectKeypress(event, rl, { choices, keys, active, setActive, search, end });
    });
    useEffect(
      () => () => {
        clearTimeout(search.current);
      },
      [],
    );

    const page = usePagination({
      items: choices,
      active,
      renderItem: ({ item, isActive }) =>
        isActive ? theme.style.highlight(`${figures.pointer} ${item.name}`) : `  ${item.name}`,
      pageSize: config.pageSize ?? 12,
      loop: false,
    });
    const message = theme.style.message(config.message, status);
    const footer = theme.style.keysHelpTip([['↑↓', 'navigate'], ['⏎', 'select'], ...keyTips(keys)]);
    const description = chosen.description;
    return frame(theme, { prefix, message, status, ended }, [
      page,
      ' ',
      description !== undefined ? theme.style.description(description) : '',
      footer,
    ]);
  },
);

interface CheckChoice<T> extends KeyedChoice<T> {
  checked?: boolean;
  exclusive?: boolean;
}

export interface KeyedCheckboxConfig<T> {
  message: string;
  choices: readonly CheckChoice<T>[];
  cursor?: T;
  keys: readonly KeyBinding[];
  validate?: (values: readonly T[]) => true | string;
  pageSize?: number;
  theme?: ThemeInput;
}

interface CheckboxState<T> {
  config: KeyedCheckboxConfig<T>;
  active: number;
  setActive: (index: number) => void;
  ticked: boolean[];
  setTicked: (ticked: boolean[]) => void;
  setError: (error: string | undefined) => void;
  end: End<Keyed<T[], T>>;
}

/** A keypress in the checklist: submit (where valid), move, tick, all, invert, or an action key. */
function checkboxKeypress<T>(event: KeypressEvent, state: CheckboxState<T>): void {
  const { config, active, ticked, setTicked } = state;
  const { choices } = config;
  const values = (): T[] => choices.filter((_, i) => ticked[i] === true).map((c) => c.value);
  if (isEnterKey(event)) {
    const valid = config.validate?.(values()) ?? true;
    if (valid !== true) {
      state.setError(valid);
      return;
    }
    const names = choices.filter((_, i) => ticked[i] === true).map((c) => c.name);
    state.end(names.join(', '), 'done', { kind: 'value', value: values() });
  } else if (isUpKey(event) || isDownKey(event)) {
    state.setActive(moved(event, active, choices.length));
  } else if (isSpaceKey(event)) {
    setTicked(ticked.map((on, i) => (i === active ? !on : on)));
  } else if (event.name === 'a' && !event.ctrl) {
    // "All" ticks every item and nothing that stands alone; where all are ticked, it clears them.
    const all = choices.every((c, i) => c.exclusive === true || ticked[i] === true);
    setTicked(choices.map((c) => c.exclusive !== true && !all));
  } else if (event.name === 'i' && !event.ctrl) {
    setTicked(choices.map((c, i) => c.exclusive !== true && ticked[i] !== true));
  } else {
    const bound = boundKey(event, config.keys);
    const cursor = choices[active];
    if (bound === undefined || cursor === undefined) return;
    state.end(`→ ${bound.label}`, 'key', {
      kind: 'key',
      key: bound.key,
      current: values(),
      cursor: cursor.value,
    });
  }
}

export const keyedCheckbox = createPrompt(
  <T>(config: KeyedCheckboxConfig<T>, done: (reply: Keyed<T[], T>) => void): string => {
    const theme = themeOf(config.theme);
    const { choices, keys } = config;
    const [status, setStatus] = useState<Status>('idle');
    const [ended, setEnded] = useState<string>('');
    const prefix = usePrefix({ status, theme });
    const [ticked, setTicked] = useState<boolean[]>(choices.map((c) => c.checked === true));
    const start = choices.findIndex((c) => 'cursor' in config && c.value === config.cursor);
    const [active, setActive] = useState(start === -1 ? 0 : start);
    const [error, setError] = useState<string | undefined>(undefined);
    const current = choices[active];
    if (current === undefined) throw new InternalError('keyedCheckbox: no choices');
    const end: End<Keyed<T[], T>> = (shown, how, reply) => {
      setEnded(shown);
      setStatus(how);
      done(reply);
    };
    useKeypress((event, rl) => {
      rl.clearLine(0);
      setError(undefined);
      checkboxKeypress(event, { config, active, setActive, ticked, setTicked, setError, end });
    });

    const page = usePagination({
      items: choices,
      active,
      renderItem: ({ item, index, isActive }) => {
        const box = ticked[index] === true ? figures.circleFilled : figures.circle;
        const line = `${isActive ? figures.pointer : ' '}${box} ${item.name}`;
        return isActive ? theme.style.highlight(line) : line;
      },
      pageSize: config.pageSize ?? 12,
      loop: false,
    });
    const message = theme.style.message(config.message, status);
    const footer = theme.style.keysHelpTip([
      ['↑↓', 'navigate'],
      ['space', 'select'],
      ['a', 'all'],
      ['i', 'invert'],
      ['⏎', 'submit'],
      ...keyTips(keys),
    ]);
    return frame(theme, { prefix, message, status, ended }, [
      page,
      ' ',
      current.description !== undefined ? theme.style.description(current.description) : '',
      error !== undefined ? theme.style.error(error) : '',
      footer,
    ]);
  },
);
