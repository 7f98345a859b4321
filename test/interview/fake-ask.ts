/**
 * A fake answerer keyed by question (after np's mock-inquirer): each key has
 * a queue of answers, taken in order. A question without a queued answer
 * takes its default (inputs) or fails the test (selects, checkboxes), and so
 * does an answer that is not one of the choices or that the question's own
 * validation rejects: a flow that asks something unexpected cannot pass.
 */
import type {
  Ask,
  CheckboxQuestion,
  InputQuestion,
  KeyBinding,
  Keyed,
  SearchQuestion,
  SelectQuestion,
  ValueKey,
} from '../../src/interview/ask.js';
import { InterviewCancelled } from '../../src/errors.js';

export const CANCEL = Symbol('cancel');
type Reply = unknown;

const PRESSED = Symbol('pressed');
interface Pressed {
  [PRESSED]: ValueKey;
  /** Where the person was: the highlighted choice (select) or the ticked ones (checklist). */
  current?: unknown;
  cursor?: unknown;
}

/**
 * A reply to a value prompt: the key pressed instead of an answer. Without
 * `current` the person was where the prompt started (its default).
 */
export function press(key: ValueKey, at: { current?: unknown; cursor?: unknown } = {}): Pressed {
  return { [PRESSED]: key, ...at };
}

function isPressed(reply: unknown): reply is Pressed {
  return typeof reply === 'object' && reply !== null && PRESSED in reply;
}

export interface Asked {
  kind: 'select' | 'checkbox' | 'input' | 'search';
  key: string;
  message: string;
  default?: unknown;
  choices?: unknown[];
  /** The keys a value prompt offered (`n`, `e`, `z`, `?` …). */
  keys?: KeyBinding[];
}

export class FakeAsk implements Ask {
  readonly asked: Asked[] = [];
  readonly printed: string[] = [];
  private readonly queues = new Map<string, Reply[]>();
  /** Called after every answer is taken (to inspect what was saved before the next question). */
  onAsk: ((key: string) => void | Promise<void>) | undefined;

  /** `replies`: for each question key, its answers in the order they are asked. */
  constructor(replies: Record<string, readonly Reply[]> = {}) {
    for (const [key, values] of Object.entries(replies)) this.queue(key, ...values);
  }

  queue(key: string, ...values: Reply[]): this {
    const list = this.queues.get(key) ?? [];
    list.push(...values);
    this.queues.set(key, list);
    return this;
  }

  private take(key: string): { found: boolean; value?: Reply } {
    const list = this.queues.get(key);
    if (list === undefined || list.length === 0) return { found: false };
    const value = list.shift();
    if (value === CANCEL) throw new InterviewCancelled();
    return { found: true, value };
  }

  keys(): string[] {
    return this.asked.map((a) => a.key);
  }

  remaining(): string[] {
    return [...this.queues.entries()].filter(([, list]) => list.length > 0).map(([key]) => key);
  }

  async select<T>(q: SelectQuestion<T>): Promise<T> {
    this.asked.push({
      kind: 'select',
      key: q.key,
      message: q.message,
      default: q.default,
      choices: q.choices.map((c) => c.value),
    });
    const reply = this.take(q.key);
    if (!reply.found) throw new Error(`FakeAsk: no answer for select "${q.key}" (${q.message})`);
    if (!q.choices.some((c) => c.value === reply.value)) {
      throw new Error(`FakeAsk: ${JSON.stringify(reply.value)} is not a choice of "${q.key}"`);
    }
    await this.onAsk?.(q.key);
    return reply.value as T;
  }

  async checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]> {
    this.asked.push({
      kind: 'checkbox',
      key: q.key,
      message: q.message,
      default: q.choices.filter((c) => c.checked === true).map((c) => c.value),
      choices: q.choices.map((c) => c.value),
    });
    const reply = this.take(q.key);
    if (!reply.found) throw new Error(`FakeAsk: no answer for checkbox "${q.key}"`);
    const values = this.ticked(q, reply.value as T[]);
    await this.onAsk?.(q.key);
    return values;
  }

  /** The ticked values, where each is a choice and the question's own check takes them. */
  private ticked<T>(q: CheckboxQuestion<T>, values: T[]): T[] {
    for (const value of values) {
      if (!q.choices.some((c) => c.value === value))
        throw new Error(`FakeAsk: ${String(value)} is not a choice of "${q.key}"`);
    }
    const valid = q.validate?.(values) ?? true;
    if (valid !== true)
      throw new Error(`FakeAsk: "${q.key}" rejected ${JSON.stringify(values)}: ${valid}`);
    return values;
  }

  async selectValue<T>(q: SelectQuestion<T>, keys: readonly KeyBinding[]): Promise<Keyed<T>> {
    this.asked.push({
      kind: 'select',
      key: q.key,
      message: q.message,
      default: q.default,
      choices: q.choices.map((c) => c.value),
      keys: [...keys],
    });
    const reply = this.take(q.key);
    if (!reply.found) throw new Error(`FakeAsk: no answer for select "${q.key}" (${q.message})`);
    if (isPressed(reply.value)) {
      const pressed = reply.value;
      this.offered(q.key, pressed[PRESSED], keys);
      await this.onAsk?.(q.key);
      const current = 'current' in pressed ? pressed.current : (q.default ?? q.choices[0]?.value);
      return { kind: 'key', key: pressed[PRESSED], current: current as T };
    }
    if (!q.choices.some((c) => c.value === reply.value)) {
      throw new Error(`FakeAsk: ${JSON.stringify(reply.value)} is not a choice of "${q.key}"`);
    }
    await this.onAsk?.(q.key);
    return { kind: 'value', value: reply.value as T };
  }

  async checkboxValue<T>(
    q: CheckboxQuestion<T>,
    keys: readonly KeyBinding[],
  ): Promise<Keyed<T[], T>> {
    const ticked = q.choices.filter((c) => c.checked === true).map((c) => c.value);
    this.asked.push({
      kind: 'checkbox',
      key: q.key,
      message: q.message,
      default: ticked,
      choices: q.choices.map((c) => c.value),
      keys: [...keys],
    });
    const reply = this.take(q.key);
    if (!reply.found) throw new Error(`FakeAsk: no answer for checkbox "${q.key}"`);
    if (isPressed(reply.value)) {
      const pressed = reply.value;
      this.offered(q.key, pressed[PRESSED], keys);
      await this.onAsk?.(q.key);
      return {
        kind: 'key',
        key: pressed[PRESSED],
        current: ('current' in pressed ? pressed.current : ticked) as T[],
        ...('cursor' in pressed ? { cursor: pressed.cursor as T } : {}),
      };
    }
    const values = this.ticked(q, reply.value as T[]);
    await this.onAsk?.(q.key);
    return { kind: 'value', value: values };
  }

  /** A key the prompt does not offer cannot be pressed. */
  private offered(question: string, key: ValueKey, keys: readonly KeyBinding[]): void {
    if (!keys.some((k) => k.key === key))
      throw new Error(`FakeAsk: "${question}" offers no key for ${key}`);
  }

  async input(q: InputQuestion): Promise<string> {
    this.asked.push({ kind: 'input', key: q.key, message: q.message, default: q.default });
    const reply = this.take(q.key);
    const value = reply.found ? String(reply.value) : (q.default ?? '');
    const valid = q.validate?.(value) ?? true;
    if (valid !== true)
      throw new Error(`FakeAsk: "${q.key}" rejected ${JSON.stringify(value)}: ${valid}`);
    await this.onAsk?.(q.key);
    return value;
  }

  async search<T>(q: SearchQuestion<T>): Promise<T> {
    this.asked.push({ kind: 'search', key: q.key, message: q.message });
    const reply = this.take(q.key);
    if (!reply.found) throw new Error(`FakeAsk: no answer for search "${q.key}"`);
    // The reply is the search term; the first match is taken, as Enter does.
    const first = q.source(String(reply.value))[0];
    if (first === undefined)
      throw new Error(`FakeAsk: search "${String(reply.value)}" found nothing`);
    await this.onAsk?.(q.key);
    return first.value;
  }

  print(text: string): void {
    this.printed.push(text);
  }
}
