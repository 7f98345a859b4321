/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { parseStoredState, type StoredState } from '../state.js';

/**
 * The autosave in localStorage. A browser may refuse storage (private mode,
 * settings for file: pages): every call says whether it worked instead of throwing.
 */
export function readStored(key: string): StoredState | undefined {
  try {
    return parseStoredState(window.localStorage.getItem(key));
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, stored: StoredState): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // nothing stored, nothing to remove
  }
}

/** "14:32": the time of day as the status line shows it. */
export function clockTime(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
