import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Files that are replaced whole or not at all. A snapshot is written to a temporary file in the
 * same folder (a rename is atomic only within one file system), flushed to the disk, and renamed
 * over the old one; the folder is flushed too, so that the rename itself survives a power cut.
 * A process killed mid-write leaves the old file as it was and a `.<name>.tmp-…` file beside it.
 */

/** Why a file cannot be written where asked; `reason` reads after the path ("the folder … does not exist"). */
export class OutputPathError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${reason}`, options);
    this.name = 'OutputPathError';
  }
}

const errno = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);

const tempNameFor = (path: string): string => join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);

/**
 * Whether `path` can be written, found out before any work is done: its folder exists, it is not a
 * folder itself, and a file can really be created beside it (permissions, a read-only file system,
 * /proc: only trying tells, root included). Throws an OutputPathError.
 */
export async function checkWritableFile(path: string): Promise<void> {
  const target = await stat(path).catch((e: unknown) => (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR' ? null : Promise.reject(new OutputPathError(path, `cannot be checked (${errno(e)})`))));
  if (target?.isDirectory()) throw new OutputPathError(path, 'is a folder; give a file name');
  if (target && !target.isFile()) {
    // a device or a pipe (/dev/stdout) is written in place: only its own permission matters
    await access(path, constants.W_OK).catch((e: unknown) => Promise.reject(new OutputPathError(path, `cannot be written (${errno(e)})`)));
    return;
  }
  const dir = dirname(await realTarget(path));
  const parent = await stat(dir).catch(() => null);
  if (!parent) throw new OutputPathError(path, `the folder ${JSON.stringify(dir)} does not exist`);
  if (!parent.isDirectory()) throw new OutputPathError(path, `${JSON.stringify(dir)} is not a folder`);
  const probe = tempNameFor(join(dir, basename(path)));
  let handle: FileHandle;
  try {
    handle = await open(probe, 'wx');
  } catch (e) {
    throw new OutputPathError(path, `cannot write in the folder ${JSON.stringify(dir)} (${errno(e)})`);
  }
  await handle.close();
  await unlink(probe).catch(() => undefined);
}

/** A symbolic link is followed, so that the file it names is replaced and the link kept. */
async function realTarget(path: string): Promise<string> {
  const l = await lstat(path).catch(() => null);
  return l?.isSymbolicLink() ? realpath(path).catch(() => path) : path;
}

/** Where the bytes go: each call waits for the disk write to be accepted. */
export type Sink = (bytes: Uint8Array) => Promise<void>;

/**
 * Write `path` through `produce`, atomically: the old file (if any) is replaced only once the new
 * one is complete and on the disk; on any error the temporary file is removed and the old file is
 * untouched. A path that is a device or a pipe (not a regular file) is written in place: there is
 * nothing to rename over.
 */
export async function writeFileAtomic(path: string, produce: (sink: Sink) => Promise<void>): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    const handle = await open(path, 'w');
    try {
      await produce(sinkOf(handle));
    } finally {
      await handle.close();
    }
    return;
  }
  const target = await realTarget(path);
  const temp = tempNameFor(target);
  // the new file keeps the old one's permissions (umask applies to a new one)
  const handle = await open(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  let done = false;
  try {
    await produce(sinkOf(handle));
    await handle.sync();
    await handle.close();
    done = true;
    await rename(temp, target);
  } catch (e) {
    if (!done) await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  await syncFolder(dirname(target));
}

/**
 * `text` written to `path` atomically (see writeFileAtomic); a refusal of the system (a full disk, a
 * folder gone) is an OutputPathError naming the path and the errno.
 */
export async function writeTextAtomic(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, (sink) => sink(Buffer.from(text, 'utf8')));
  } catch (e) {
    const reason = writeFailure(e);
    if (reason === null) throw e;
    throw new OutputPathError(path, reason, { cause: e });
  }
}

/** What a failed write says, for a message after the path; null when `e` is no error of the system. */
export function writeFailure(e: unknown): string | null {
  const err = e as NodeJS.ErrnoException | null;
  if (typeof err?.code !== 'string') return null;
  return `cannot be written (${err.code}${err.syscall ? ` on ${err.syscall}` : ''}); a file that was there is left as it was`;
}

function sinkOf(handle: FileHandle): Sink {
  return async (bytes) => {
    let off = 0;
    while (off < bytes.length) off += (await handle.write(bytes, off, bytes.length - off)).bytesWritten;
  };
}

/** fsync of a folder makes a rename durable on Linux; Windows cannot open a folder for it, which is no error. */
async function syncFolder(dir: string): Promise<void> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // not supported here (EISDIR, EPERM, EINVAL): the rename is as durable as the platform makes it
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
