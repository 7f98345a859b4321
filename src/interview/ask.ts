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
  choices: readonly (Choice<T> & { checked?: boolean })[];
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

export interface Ask {
  select<T>(question: SelectQuestion<T>): Promise<T>;
  checkbox<T>(question: CheckboxQuestion<T>): Promise<T[]>;
  input(question: InputQuestion): Promise<string>;
  search<T>(question: SearchQuestion<T>): Promise<T>;
  /** A line for the person (progress, help, notices). */
  print(text: string): void;
}

/** Thrown by an `Ask` when the person cancels (Ctrl-C); what was saved stays saved. */
export { InterviewCancelled } from '../errors.js';
