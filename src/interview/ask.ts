/**
 * The interview asks through this interface and nothing else, so the flow can
 * be driven by `@inquirer/prompts` in a terminal (`inquirer.ts`) or by a fake
 * answerer in tests. Every question has a stable `key` (`municipality.name`,
 * `answer:reuse.fit-store`, `note:reuse.fit-store`, `menu`, …) by which a fake
 * answers it.
 */

export interface Choice<T> {
  value: T;
  name: string;
  /** Shown under the list while the choice is highlighted. */
  description?: string;
}

export interface SelectQuestion<T> {
  key: string;
  message: string;
  choices: readonly Choice<T>[];
  default?: T;
}

export interface CheckboxQuestion<T> {
  key: string;
  message: string;
  /**
   * `exclusive`: an answer that stands alone ("Weiß nicht", "Hilfe"): "all"
   * and "invert" never tick it.
   */
  choices: readonly (Choice<T> & { checked?: boolean; exclusive?: boolean })[];
  /** The choice the cursor starts on (the first where absent). */
  cursor?: T;
  /** `true`, or the message that says why the selection cannot be taken. */
  validate?: (values: readonly T[]) => true | string;
}

export interface InputQuestion {
  key: string;
  message: string;
  default?: string;
  /** `true`, or the message that says what is expected. */
  validate?: (value: string) => true | string;
}

export interface SearchQuestion<T> {
  key: string;
  message: string;
  /** The choices matching what was typed so far ('' at the start). */
  source: (term: string) => readonly Choice<T>[];
}

/** What a key on a value prompt asks for instead of an answer. */
export type ValueKey = 'note' | 'evidence' | 'back' | 'help';

/** A key a value prompt takes besides its answer, and its word in the prompt's footer. */
export interface KeyBinding {
  key: ValueKey;
  /** What is pressed: a letter or `?`. */
  letter: string;
  label: string;
}

/**
 * How a value prompt ended: with an answer, or with one of its keys and
 * where the person was (`current`: the highlighted choice of a select, the
 * ticked choices of a checklist; `cursor`: a checklist's highlighted choice),
 * so the prompt can be shown again just as it was.
 */
export type Keyed<T, C = T> =
  { kind: 'value'; value: T } | { kind: 'key'; key: ValueKey; current: T; cursor?: C };

export interface Ask {
  select<T>(question: SelectQuestion<T>): Promise<T>;
  checkbox<T>(question: CheckboxQuestion<T>): Promise<T[]>;
  /** A select that also ends on one of `keys` (shown in its footer). */
  selectValue<T>(question: SelectQuestion<T>, keys: readonly KeyBinding[]): Promise<Keyed<T>>;
  /** A checklist that also ends on one of `keys` (shown in its footer). */
  checkboxValue<T>(
    question: CheckboxQuestion<T>,
    keys: readonly KeyBinding[],
  ): Promise<Keyed<T[], T>>;
  input(question: InputQuestion): Promise<string>;
  search<T>(question: SearchQuestion<T>): Promise<T>;
  /** A line for the person (progress, help, notices). */
  print(text: string): void;
}
