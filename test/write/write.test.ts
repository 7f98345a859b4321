/**
 * Writing output: atomic replace with every byte checked (a full disk keeps
 * the old file), devices and FIFOs written in place, links followed only
 * with --force, stale temporary files cleaned up, and Windows' locked files
 * retried. Faults come from a real 64 KiB tmpfs where the machine allows
 * mounting, and from an injected file system everywhere.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { InputError } from '../../src/errors.js';
import { type WriteEnv, type WriteFs, nodeWriteFs, systemEnv } from '../../src/write/atomic.js';
import { write, writeFileAtomicOrExplain } from '../../src/write/write.js';
import { big, fresh, smallDisk, unmountAll } from './helpers.js';

/** A message the user reads for `promise`'s rejection (fails the test where it resolves). */
async function messageOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the write to fail');
}

/** An env whose file system is the real one except where `patch` says otherwise. */
function envWith(patch: Partial<WriteFs>, extra: Partial<WriteEnv> = {}): WriteEnv {
  return { ...systemEnv(), fs: { ...nodeWriteFs, ...patch }, ...extra };
}

/** A file system whose writes stop after `limit` bytes (a full disk without mounting one). */
function fullAfter(limit: number): Partial<WriteFs> {
  let written = 0;
  return {
    open: async (path, flags, mode) => {
      const handle = await nodeWriteFs.open(path, flags, mode);
      return {
        ...handle,
        write: async (data, offset, length) => {
          const room = Math.max(0, limit - written);
          if (room === 0) return { bytesWritten: 0 };
          const result = await handle.write(data, offset, Math.min(length, room));
          written += result.bytesWritten;
          return result;
        },
      };
    },
  };
}

afterAll(unmountAll);

describe('a full disk', () => {
  it('on a real 64 KiB tmpfs keeps the old file, removes the temporary one and names the target', async () => {
    const disk = smallDisk();
    if (disk === undefined) {
      if (process.env.CI === 'true' && process.getuid?.() === 0) throw new Error('mount failed');
      return; // the injected full disk below covers this machine
    }
    const target = join(disk, 'bericht.html');
    writeFileSync(target, 'old report\n');
    const message = await messageOf(write(big, target, { force: true, lang: 'de' }));
    expect(message).toBe(
      `${target} konnte nicht geschrieben werden: der Datenträger ist voll (ENOSPC). Die Datei ist unverändert geblieben.`,
    );
    expect(readFileSync(target, 'utf8')).toBe('old report\n');
    expect(readdirSync(disk)).toEqual(['bericht.html']);
  });

  it('report --force onto the full tmpfs exits 2 and the old report stays whole', async () => {
    const disk = smallDisk();
    if (disk === undefined) return;
    const target = join(disk, 'bericht.html');
    writeFileSync(target, 'old report\n');
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await main(
      ['report', 'examples/musterstadt.yaml', '--format', 'html', '--output', target, '--force'],
      { env: {}, stdout: new PassThrough(), stderr, stdin: new PassThrough(), cwd: process.cwd() },
    );
    expect(err).toBe(
      `${target} konnte nicht geschrieben werden: der Datenträger ist voll (ENOSPC). Die Datei ist unverändert geblieben.\n`,
    );
    expect(code).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe('old report\n');
    expect(readdirSync(disk)).toEqual(['bericht.html']);
  });

  it('with an injected short write keeps the old file, in English too', async () => {
    const dir = fresh();
    const target = join(dir, 'report.md');
    writeFileSync(target, 'old\n');
    const env = envWith(fullAfter(60 * 1024));
    const message = await messageOf(write(big, target, { force: true, lang: 'en', env }));
    expect(message).toBe(
      `could not write ${target}: the disk is full (ENOSPC). The file was left unchanged.`,
    );
    expect(message).not.toContain('efa-tmp');
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('the autosave reports a new file that could not be created', async () => {
    const dir = fresh();
    const target = join(dir, 'neu.yaml');
    const env = envWith(fullAfter(10));
    const message = await messageOf(writeFileAtomicOrExplain(target, big, 'de', env));
    expect(message).toContain('der Datenträger ist voll (ENOSPC). Es wurde keine Datei angelegt.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says in words what else went wrong (read-only disk, quota, no permission)', async () => {
    const dir = fresh();
    const target = join(dir, 'a.md');
    const failing = (code: string): WriteEnv =>
      envWith({
        open: () => Promise.reject(Object.assign(new Error(code), { code })),
      });
    const de = async (code: string) =>
      messageOf(write('x', target, { lang: 'de', env: failing(code) }));
    expect(await de('EROFS')).toContain('der Datenträger ist schreibgeschützt (EROFS)');
    expect(await de('EDQUOT')).toContain('Speicherkontingent');
    expect(await de('EACCES')).toContain(`keine Schreibberechtigung für den Ordner ${dir}`);
    expect(await de('EWHATEVER')).toContain('Systemfehler EWHATEVER');
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const dir = fresh();
    const target = join(dir, 'privat.yaml');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o600);
    await write('new\n', target, { force: true, lang: 'de' });
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });
});

describe('what --output points at', () => {
  it('writes into a FIFO in place and leaves it a FIFO', async () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reading = open(fifo, 'r').then(async (handle) => {
      try {
        return await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    });
    await write('through the pipe\n', fifo, { lang: 'de' });
    expect(await reading).toBe('through the pipe\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('writes into /dev/null in place, without --force, and it stays a device', async () => {
    await write('nothing\n', '/dev/null', { lang: 'de' });
    await write('nothing\n', '/dev/null', { lang: 'de', force: true });
    if (existsSync('/dev/full')) {
      expect(await messageOf(write('x', '/dev/full', { lang: 'de' }))).toBe(
        'In /dev/full konnte nicht geschrieben werden: der Datenträger ist voll (ENOSPC).',
      );
      expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
    }
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a socket', async () => {
    const dir = fresh();
    const socket = join(dir, 'sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const message = await messageOf(write('x', socket, { lang: 'de', force: true }));
      expect(message).toContain(`${socket} ist keine gewöhnliche Datei`);
      expect(lstatSync(socket).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });

  it('refuses a folder, and an empty name', async () => {
    const dir = fresh();
    expect(await messageOf(write('x', dir, { lang: 'de', force: true }))).toBe(
      `${dir} ist ein Ordner. Bitte mit --output einen Dateinamen angeben, z. B. ${dir}/bericht.html.`,
    );
    expect(await messageOf(write('x', '', { lang: 'en' }))).toBe(
      '--output is empty; give a file name (or - for standard output).',
    );
  });

  it('with --force replaces the file a symlink points to and keeps the link', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    const file = join(dir, 'real', 'bericht.md');
    const link = join(dir, 'link.md');
    writeFileSync(file, 'old\n');
    symlinkSync(file, link);
    expect(await messageOf(write('new\n', link, { lang: 'de' }))).toContain(
      `${link} existiert bereits und bleibt unverändert`,
    );
    await write('new\n', link, { lang: 'de', force: true });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'real']);
  });

  it('refuses a dangling symlink, with or without --force, and creates nothing', async () => {
    const dir = fresh();
    const link = join(dir, 'link.md');
    symlinkSync(join(dir, 'missing.md'), link);
    for (const force of [false, true]) {
      expect(await messageOf(write('x', link, { lang: 'de', force }))).toContain(
        `${link} ist ein symbolischer Link auf eine Datei, die es nicht gibt`,
      );
    }
    expect(readdirSync(dir)).toEqual(['link.md']);
  });

  it('never replaces a file that appeared after the check', async () => {
    const dir = fresh();
    const target = join(dir, 'a.md');
    writeFileSync(target, 'theirs\n');
    const blind = envWith({
      lstat: () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
    });
    expect(await messageOf(write('ours\n', target, { lang: 'de', env: blind }))).toContain(
      'existiert bereits',
    );
    expect(readFileSync(target, 'utf8')).toBe('theirs\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});

describe('temporary files', () => {
  it('are named recognisably, and stale ones (dead pid) are removed on the next write', async () => {
    const dir = fresh();
    const target = join(dir, 'kommune.yaml');
    const stale = '.kommune.yaml.efa-tmp-4000001-0123abcd';
    const live = '.other.yaml.efa-tmp-4000002-89abcdef';
    writeFileSync(join(dir, stale), 'half');
    writeFileSync(join(dir, live), 'in use');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const seen: string[] = [];
    const env = envWith(
      {
        open: (path, flags, mode) => {
          seen.push(path);
          return nodeWriteFs.open(path, flags, mode);
        },
      },
      { isAlive: (pid) => pid === 4000002 },
    );
    await write('a: 1\n', target, { lang: 'de', env });
    expect(readdirSync(dir).sort()).toEqual([live, 'kommune.yaml', 'notes.txt']);
    expect(seen[0]).toMatch(/\/\.kommune\.yaml\.efa-tmp-\d+-[0-9a-f]{8}$/);
  });
});

describe('a file open in another program (Windows)', () => {
  const locked = (failures: number, code = 'EBUSY') => {
    const waits: number[] = [];
    let calls = 0;
    const env = envWith(
      {
        rename: (from, to) => {
          calls++;
          if (calls <= failures) return Promise.reject(Object.assign(new Error(code), { code }));
          return nodeWriteFs.rename(from, to);
        },
      },
      {
        platform: 'win32',
        sleep: (ms) => {
          waits.push(ms);
          return Promise.resolve();
        },
      },
    );
    return { env, waits };
  };

  it('retries the rename with a short backoff and succeeds once the file is free', async () => {
    const dir = fresh();
    const target = join(dir, 'bericht.html');
    writeFileSync(target, 'old');
    const { env, waits } = locked(3, 'EPERM');
    await write('new', target, { lang: 'de', force: true, env });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(waits).toEqual([50, 100, 200]);
  });

  it('gives up after a few tries, names the file and asks to close it', async () => {
    const dir = fresh();
    const target = join(dir, 'bericht.html');
    writeFileSync(target, 'old');
    const { env, waits } = locked(100);
    const message = await messageOf(write('new', target, { lang: 'de', force: true, env }));
    expect(message).toBe(
      `${target} konnte nicht geschrieben werden: die Datei ist in einem anderen Programm geöffnet – bitte dort schließen und den Befehl wiederholen. Die Datei ist unverändert geblieben.`,
    );
    expect(waits).toEqual([50, 100, 200, 400, 800]);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['bericht.html']);
  });

  it('does not retry elsewhere, where EACCES means no permission', async () => {
    const dir = fresh();
    const target = join(dir, 'a.md');
    writeFileSync(target, 'old');
    const { env, waits } = locked(1, 'EACCES');
    const message = await messageOf(
      write('new', target, { lang: 'en', force: true, env: { ...env, platform: 'linux' } }),
    );
    expect(message).toContain('no permission to write to the folder');
    expect(waits).toEqual([]);
    expect(existsSync(target)).toBe(true);
  });
});
