/**
 * The synchronous atomic writer (the interview's autosave): the same
 * guarantees as the asynchronous one, checked the same way. A full disk keeps
 * the old file, a device or FIFO is refused, a symlink is written through,
 * two processes saving at once never leave a torn file, stale temporary
 * files are removed and Windows' locked files retried. Faults come from a
 * real 64 KiB tmpfs where the machine allows mounting, and from an injected
 * synchronous file system everywhere.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  type WriteEnvSync,
  type WriteFsSync,
  atomicWriteSync,
  nodeWriteFsSync,
  systemEnvSync,
} from '../../src/write/atomic-sync.js';
import { writeFileAtomicOrExplainSync } from '../../src/write/write.js';
import { big, fresh, smallDisk, unmountAll } from './helpers.js';

afterAll(unmountAll);

/** The message a user reads for `run`'s failure (fails the test where it does not throw). */
function messageOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the write to fail');
}

/** An env whose file system is the real one except where `patch` says otherwise. */
function envWith(patch: Partial<WriteFsSync>, extra: Partial<WriteEnvSync> = {}): WriteEnvSync {
  return { ...systemEnvSync(), fs: { ...nodeWriteFsSync, ...patch }, ...extra };
}

/** A file system whose writes stop after `limit` bytes (a full disk without mounting one). */
function fullAfter(limit: number): Partial<WriteFsSync> {
  let written = 0;
  return {
    open: (path, flags, mode) => {
      const handle = nodeWriteFsSync.open(path, flags, mode);
      return {
        ...handle,
        write: (data, offset, length) => {
          const room = Math.max(0, limit - written);
          if (room === 0) return { bytesWritten: 0 };
          const result = handle.write(data, offset, Math.min(length, room));
          written += result.bytesWritten;
          return result;
        },
      };
    },
  };
}

/** Every call the writer makes on the file system, in order, with the real one doing the work. */
function recorded(): { env: WriteEnvSync; calls: string[] } {
  const calls: string[] = [];
  const real = nodeWriteFsSync;
  const name = (path: string): string => (path.includes('.efa-tmp-') ? 'temp' : path);
  const fs: WriteFsSync = {
    ...real,
    open: (path, flags, mode) => {
      calls.push(`open ${name(path)} ${flags}`);
      const handle = real.open(path, flags, mode);
      return {
        write: (data, offset, length) => {
          calls.push('write');
          return handle.write(data, offset, length);
        },
        sync: () => {
          calls.push('fsync');
          handle.sync();
        },
        chmod: (m) => {
          calls.push('chmod');
          handle.chmod(m);
        },
        close: () => {
          calls.push('close');
          handle.close();
        },
      };
    },
    rename: (from, to) => {
      calls.push(`rename ${name(from)} ${name(to)}`);
      real.rename(from, to);
    },
  };
  return { env: { ...systemEnvSync(), fs }, calls };
}

describe('one save', () => {
  it('is one write, one fsync and one rename, then the folder fsynced, all in this thread', () => {
    const dir = fresh();
    const target = join(dir, 'kommune.yaml');
    writeFileSync(target, 'old\n');
    const { env, calls } = recorded();
    writeFileAtomicOrExplainSync(target, 'new\n', 'de', env);
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(calls).toEqual([
      'open temp wx',
      'write',
      'chmod',
      'fsync',
      'close',
      `rename temp ${target}`,
      `open ${dir} r`,
      'fsync',
      'close',
    ]);
    expect(readdirSync(dir)).toEqual(['kommune.yaml']);
  });

  it('creates a new file, and keeps the permission bits of one it replaces', () => {
    const dir = fresh();
    const target = join(dir, 'privat.yaml');
    writeFileAtomicOrExplainSync(target, 'first\n', 'de');
    expect(readFileSync(target, 'utf8')).toBe('first\n');
    chmodSync(target, 0o600);
    writeFileAtomicOrExplainSync(target, 'second\n', 'de');
    expect(readFileSync(target, 'utf8')).toBe('second\n');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('does not fsync the folder on Windows, and accepts a file system that refuses it', () => {
    const dir = fresh();
    const target = join(dir, 'a.yaml');
    const win = recorded();
    writeFileAtomicOrExplainSync(target, 'x', 'de', { ...win.env, platform: 'win32' });
    expect(win.calls).not.toContain(`open ${dir} r`);
    const refusing = envWith({
      open: (path, flags, mode) => {
        if (path === dir) throw Object.assign(new Error('EINVAL'), { code: 'EINVAL' });
        return nodeWriteFsSync.open(path, flags, mode);
      },
    });
    writeFileAtomicOrExplainSync(target, 'y', 'de', refusing);
    expect(readFileSync(target, 'utf8')).toBe('y');
  });
});

describe('a full disk', () => {
  it('on a real 64 KiB tmpfs keeps the old file, removes the temporary one and names the target', () => {
    const disk = smallDisk();
    if (disk === undefined) {
      if (process.env.CI === 'true' && process.getuid?.() === 0) throw new Error('mount failed');
      return; // the injected full disk below covers this machine
    }
    const target = join(disk, 'kommune.yaml');
    writeFileSync(target, 'old answers\n');
    expect(
      messageOf(() => {
        writeFileAtomicOrExplainSync(target, big, 'de');
      }),
    ).toBe(
      `${target} konnte nicht geschrieben werden: der Datenträger ist voll (ENOSPC). Die Datei ist unverändert geblieben.`,
    );
    expect(readFileSync(target, 'utf8')).toBe('old answers\n');
    expect(readdirSync(disk)).toEqual(['kommune.yaml']);
  });

  it('with an injected short write keeps the old file, in English too', () => {
    const dir = fresh();
    const target = join(dir, 'town.yaml');
    writeFileSync(target, 'old\n');
    const env = envWith(fullAfter(60 * 1024));
    const message = messageOf(() => {
      writeFileAtomicOrExplainSync(target, big, 'en', env);
    });
    expect(message).toBe(
      `could not write ${target}: the disk is full (ENOSPC). The file was left unchanged.`,
    );
    expect(message).not.toContain('efa-tmp');
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['town.yaml']);
  });

  it('reports a new file that could not be created, and creates none', () => {
    const dir = fresh();
    const target = join(dir, 'neu.yaml');
    const env = envWith(fullAfter(10));
    expect(
      messageOf(() => {
        writeFileAtomicOrExplainSync(target, big, 'de', env);
      }),
    ).toContain('der Datenträger ist voll (ENOSPC). Es wurde keine Datei angelegt.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failed fsync removes the temporary file and keeps the old one', () => {
    const dir = fresh();
    const target = join(dir, 'a.yaml');
    writeFileSync(target, 'old\n');
    const env = envWith({
      open: (path, flags, mode) => ({
        ...nodeWriteFsSync.open(path, flags, mode),
        sync: () => {
          throw Object.assign(new Error('EIO'), { code: 'EIO' });
        },
      }),
    });
    expect(
      messageOf(() => {
        writeFileAtomicOrExplainSync(target, 'new\n', 'de', env);
      }),
    ).toContain('Die Datei ist unverändert geblieben.');
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });
});

describe('what the save points at', () => {
  const refused = (file: string): string =>
    `${file} ist ein Gerät oder eine benannte Pipe (FIFO), keine gewöhnliche Datei; dort wird nicht gespeichert. Bitte mit --output eine Datei wählen.`;

  it('refuses a FIFO without opening it (so nothing waits for a reader), and it stays a FIFO', () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(
      messageOf(() => {
        writeFileAtomicOrExplainSync(fifo, 'x', 'de');
      }),
    ).toBe(refused(fifo));
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('refuses a device, in English too, and it stays a device', () => {
    expect(
      messageOf(() => {
        writeFileAtomicOrExplainSync('/dev/null', 'x', 'de');
      }),
    ).toBe(refused('/dev/null'));
    expect(
      messageOf(() => {
        writeFileAtomicOrExplainSync('/dev/null', 'x', 'en');
      }),
    ).toBe(
      '/dev/null is a device or a named pipe (FIFO), not a regular file; nothing is saved there. Choose a file with --output.',
    );
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a folder and a dangling symlink', () => {
    const dir = fresh();
    expect(
      messageOf(() => {
        writeFileAtomicOrExplainSync(dir, 'x', 'de');
      }),
    ).toContain(`${dir} ist ein Ordner`);
    const link = join(dir, 'link.yaml');
    symlinkSync(join(dir, 'missing.yaml'), link);
    expect(
      messageOf(() => {
        writeFileAtomicOrExplainSync(link, 'x', 'de');
      }),
    ).toContain(`${link} ist ein symbolischer Link auf eine Datei, die es nicht gibt`);
    expect(readdirSync(dir)).toEqual(['link.yaml']);
  });

  it('writes through a symlink to the file it points to and keeps the link', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    const file = join(dir, 'real', 'kommune.yaml');
    const link = join(dir, 'link.yaml');
    writeFileSync(file, 'old\n');
    symlinkSync(file, link);
    writeFileAtomicOrExplainSync(link, 'new\n', 'de');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['link.yaml', 'real']);
    expect(readdirSync(join(dir, 'real'))).toEqual(['kommune.yaml']);
  });
});

describe('two writers at once', () => {
  const dist = fileURLToPath(new URL('../../dist/write/write.js', import.meta.url));

  /** A process saving `letter` × `length` and a newline to `target` `times` times, through the built writer. */
  const saver = (
    target: string,
    letter: string,
    length: number,
    times: number,
  ): Promise<number | null> => {
    const script = `const { writeFileAtomicOrExplainSync: save } = await import(${JSON.stringify(dist)});
      const text = ${JSON.stringify(letter)}.repeat(${length}) + '\\n';
      for (let i = 0; i < ${times}; i++) save(${JSON.stringify(target)}, text, 'de');`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return new Promise((resolve) => child.on('exit', resolve));
  };

  it('two processes saving the same file: every read sees one whole text, never a mixture', async () => {
    const dir = fresh();
    const target = join(dir, 'kommune.yaml');
    const a = `${'a'.repeat(200_000)}\n`;
    const b = `${'b'.repeat(150_000)}\n`;
    writeFileSync(target, a);
    const done = Promise.all([saver(target, 'a', 200_000, 60), saver(target, 'b', 150_000, 60)]);
    const run = { finished: false };
    void done.then(() => {
      run.finished = true;
    });
    const seen = new Set<string>();
    while (!run.finished) {
      const text = readFileSync(target, 'utf8');
      seen.add(text === a ? 'a' : text === b ? 'b' : `torn (${text.length} characters)`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await done).toEqual([0, 0]);
    expect([...seen].filter((s) => s !== 'a' && s !== 'b')).toEqual([]);
    expect(readFileSync(target, 'utf8')).toMatch(/^(a{200000}|b{150000})\n$/);
    expect(readdirSync(dir)).toEqual(['kommune.yaml']);
  }, 60_000);

  it('leaves the temporary file of a writer that still runs alone, and sees its rename land whole', () => {
    const dir = fresh();
    const target = join(dir, 'kommune.yaml');
    const theirs = '.kommune.yaml.efa-tmp-4000002-89abcdef';
    writeFileSync(join(dir, theirs), 'being written');
    const env = envWith({}, { isAlive: (pid) => pid === 4000002 });
    atomicWriteSync(target, Buffer.from('ours\n'), {}, env);
    expect(readdirSync(dir).sort()).toEqual([theirs, 'kommune.yaml']);
    expect(readFileSync(target, 'utf8')).toBe('ours\n');
  });
});

describe('temporary files', () => {
  it('are named recognisably, and stale ones (dead pid) are removed on the next save', () => {
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
          return nodeWriteFsSync.open(path, flags, mode);
        },
      },
      { isAlive: (pid) => pid === 4000002 },
    );
    writeFileAtomicOrExplainSync(target, 'a: 1\n', 'de', env);
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
          if (calls <= failures) throw Object.assign(new Error(code), { code });
          nodeWriteFsSync.rename(from, to);
        },
      },
      {
        platform: 'win32',
        sleep: (ms) => {
          waits.push(ms);
        },
      },
    );
    return { env, waits };
  };

  it('retries the rename with a short backoff and succeeds once the file is free', () => {
    const dir = fresh();
    const target = join(dir, 'kommune.yaml');
    writeFileSync(target, 'old');
    const { env, waits } = locked(3, 'EPERM');
    writeFileAtomicOrExplainSync(target, 'new', 'de', env);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(waits).toEqual([50, 100, 200]);
  });

  it('gives up after a few tries, names the file and asks to close it', () => {
    const dir = fresh();
    const target = join(dir, 'kommune.yaml');
    writeFileSync(target, 'old');
    const { env, waits } = locked(100);
    expect(
      messageOf(() => {
        writeFileAtomicOrExplainSync(target, 'new', 'de', env);
      }),
    ).toBe(
      `${target} konnte nicht geschrieben werden: die Datei ist in einem anderen Programm geöffnet – bitte dort schließen und den Befehl wiederholen. Die Datei ist unverändert geblieben.`,
    );
    expect(waits).toEqual([50, 100, 200, 400, 800]);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['kommune.yaml']);
  });

  it('waits for real between tries (a blocking sleep, this thread has nothing else to do)', () => {
    const dir = fresh();
    const target = join(dir, 'kommune.yaml');
    writeFileSync(target, 'old');
    const { env } = locked(1);
    const start = performance.now();
    writeFileAtomicOrExplainSync(target, 'new', 'de', { ...env, sleep: systemEnvSync().sleep });
    expect(performance.now() - start).toBeGreaterThanOrEqual(45);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('does not retry elsewhere, where EACCES means no permission', () => {
    const dir = fresh();
    const target = join(dir, 'a.yaml');
    writeFileSync(target, 'old');
    const { env, waits } = locked(1, 'EACCES');
    const message = messageOf(() => {
      writeFileAtomicOrExplainSync(target, 'new', 'en', { ...env, platform: 'linux' });
    });
    expect(message).toContain('no permission to write to the folder');
    expect(waits).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('old');
  });
});
