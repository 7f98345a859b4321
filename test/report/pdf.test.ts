import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { chromiumCandidates, findChromium } from '../../src/report/pdf.js';

/** Browser discovery with an injected platform, environment and file test: no browser needed. */
const only =
  (...present: string[]) =>
  (path: string): boolean =>
    present.includes(path);

function failure(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('findChromium on Linux and macOS', () => {
  it('takes CHROME_PATH first', () => {
    const host = { env: { CHROME_PATH: '/opt/chrome' }, platform: 'linux' as const };
    expect(findChromium({ ...host, exists: only('/opt/chrome', '/usr/bin/chromium') }, 'de')).toBe(
      '/opt/chrome',
    );
  });

  it('refuses a CHROME_PATH that does not exist, saying so', () => {
    const error = failure(() =>
      findChromium({ env: { CHROME_PATH: '/nirgends/chrome' }, exists: () => false }, 'de'),
    );
    expect(error.message).toMatch(/CHROME_PATH zeigt auf \/nirgends\/chrome/);
  });

  it('otherwise takes the first usual path that exists', () => {
    const exists = only('/usr/bin/google-chrome', '/usr/bin/microsoft-edge');
    expect(findChromium({ env: {}, platform: 'linux', exists }, 'en')).toBe(
      '/usr/bin/google-chrome',
    );
    const mac = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findChromium({ env: {}, platform: 'darwin', exists: only(mac) }, 'en')).toBe(mac);
  });

  it('without any browser, an input error (exit 2) that says how to install one', () => {
    const error = failure(() =>
      findChromium({ env: {}, platform: 'linux', exists: () => false }, 'en'),
    );
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('sudo apt-get install chromium');
    expect(error.message).toContain('/usr/bin/chromium');
  });
});

describe('findChromium on Windows (path.win32, injected environment)', () => {
  const env = {
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    LOCALAPPDATA: 'C:\\Users\\Anna Schmidt\\AppData\\Local',
  };
  const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
  const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
  const userChrome =
    'C:\\Users\\Anna Schmidt\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';

  it('looks for Chrome (machine, then user) before Edge, in the folders the machine names', () => {
    expect(chromiumCandidates('win32', env)).toEqual([
      chrome,
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      userChrome,
      edge,
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    ]);
  });

  it('finds Edge where only Edge is installed (every Windows 10/11)', () => {
    expect(findChromium({ env, platform: 'win32', exists: only(edge) }, 'de')).toBe(edge);
  });

  it('prefers an installed Chrome, also one installed for the user only', () => {
    expect(findChromium({ env, platform: 'win32', exists: only(edge, chrome) }, 'de')).toBe(chrome);
    expect(findChromium({ env, platform: 'win32', exists: only(edge, userChrome) }, 'de')).toBe(
      userChrome,
    );
  });

  it('reads the variables case-insensitively and falls back to C:\\Program Files', () => {
    const lower = { PROGRAMFILES: 'D:\\Programme', localappdata: 'D:\\Profile\\AppData\\Local' };
    expect(chromiumCandidates('win32', lower)).toContain(
      'D:\\Profile\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    );
    expect(chromiumCandidates('win32', lower)[0]).toBe(
      'D:\\Programme\\Google\\Chrome\\Application\\chrome.exe',
    );
    expect(chromiumCandidates('win32', {})).toContain(edge);
  });

  it('takes a CHROME_PATH pasted with quotes (Explorer\'s "Copy as path"), also on a UNC share', () => {
    const unc = '\\\\fileserver\\Software\\Chrome Portable\\chrome.exe';
    expect(
      findChromium(
        { env: { CHROME_PATH: `"${unc}"` }, platform: 'win32', exists: only(unc) },
        'de',
      ),
    ).toBe(unc);
  });

  it('without Edge or Chrome, says so in Windows terms (PowerShell), not apt-get', () => {
    const error = failure(() =>
      findChromium({ env, platform: 'win32', exists: () => false }, 'de'),
    );
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('Microsoft Edge oder Google Chrome');
    expect(error.message).toContain('$env:CHROME_PATH');
    expect(error.message).toContain(edge);
    expect(error.message).not.toContain('apt-get');
  });
});
