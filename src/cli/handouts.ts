import { lstat, mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { HandoutFile } from '../compare/handout-html.js';
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import type { Lang } from '../model/types.js';
import { checkWritable, write, writeReason } from '../write/write.js';
import type { Context } from './context.js';

/** Every target checked before the first is written: a refusal leaves no half set behind. */
export async function prepareHandouts(
  ctx: Context,
  dir: string,
  files: readonly HandoutFile[],
  force: boolean,
): Promise<string> {
  const folder = resolve(ctx.cwd, dir);
  await ensureFolder(folder, dir, ctx.lang);
  if (!force) {
    const existing = await firstExisting(folder, files);
    if (existing !== undefined)
      throw new InputError(
        t(ctx.lang, 'compare.error.handoutsExist', { dir, file: existing, count: files.length }),
      );
  }
  for (const file of files) await checkWritable(join(folder, file.name), force, ctx.lang);
  return folder;
}

/** Write the handouts (atomically, each through `write`) and say where they are. */
export async function writeHandouts(
  ctx: Context,
  folder: string,
  dir: string,
  files: readonly HandoutFile[],
  force: boolean,
): Promise<void> {
  const { lang } = ctx;
  for (const file of files) {
    await write(file.content, join(folder, file.name), {
      force,
      lang,
      ...(file.mode === undefined ? {} : { mode: file.mode }),
    });
  }
  const pages = files.filter((f) => f.mode === undefined).length;
  ctx.stderr.write(`${t(lang, 'compare.note.handouts', { count: pages, dir })}\n`);
  const key = files.find((f) => f.mode !== undefined);
  if (key !== undefined) {
    ctx.stderr.write(`${t(lang, 'compare.note.handoutKey', { file: join(dir, key.name) })}\n`);
  }
}

/** The first of the files that exists already (a link counts, even a dangling one). */
async function firstExisting(
  folder: string,
  files: readonly HandoutFile[],
): Promise<string | undefined> {
  for (const file of files) {
    const found = await lstat(join(folder, file.name)).catch(() => undefined);
    if (found !== undefined) return file.name;
  }
  return undefined;
}

async function ensureFolder(folder: string, shown: string, lang: Lang): Promise<void> {
  const existing = await stat(folder).catch(() => undefined);
  if (existing !== undefined) {
    if (!existing.isDirectory())
      throw new InputError(t(lang, 'compare.error.handoutsNotFolder', { dir: shown }));
    return;
  }
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new InputError(
      t(lang, 'compare.error.handoutsFolder', {
        dir: shown,
        reason: writeReason(error, lang, shown),
      }),
    );
  }
}
