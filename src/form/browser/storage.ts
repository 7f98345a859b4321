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

/**
 * Whether this browser keeps anything in localStorage for this page. Firefox
 * gives file: pages one shared localStorage, kept with the profile, like
 * Chromium does; with storage switched off (`dom.storage.enabled`, or site
 * data blocked) `window.localStorage` is null or throws, and the page says so
 * at once instead of after the first entry.
 */
export function storageWorks(): boolean {
  const probe = 'efa-readiness:probe';
  try {
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
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
