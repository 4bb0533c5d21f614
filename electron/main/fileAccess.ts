import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { OpenedFile } from '../../shared/host/HostApi.ts';
import { MAX_FILE_BYTES } from '../../shared/file/concordFile.ts';
import { LocalizedError } from '../../shared/i18n/LocalizedError.ts';

/** Why a file could not be opened or saved, worded for the user (a catalogue message). */
class FileAccessError extends LocalizedError {
  override name = 'FileAccessError';
}

/**
 * Reads a file the user chose (dialog, double-click, recent list) for the renderer. Refuses what is
 * not a regular file or is larger than a .concord file may be, checking the opened handle so the
 * file cannot be swapped between the check and the read.
 */
export async function readOpenableFile(file: string, maxBytes = MAX_FILE_BYTES): Promise<OpenedFile> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch {
    throw new FileAccessError('error.file.cannotRead', { name: path.basename(file) });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new FileAccessError('error.file.notAFile', { name: path.basename(file) });
    if (stat.size > maxBytes)
      throw new FileAccessError('error.file.openTooLarge', {
        name: path.basename(file),
        megabytes: Math.round(maxBytes / 1024 / 1024),
      });
    const data = new Uint8Array(stat.size);
    let offset = 0;
    while (offset < data.length) {
      const { bytesRead } = await handle.read(data, offset, data.length - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return { name: path.basename(file), data: offset === data.length ? data : data.slice(0, offset) };
  } finally {
    await handle.close();
  }
}

/**
 * Writes bytes to the path the user chose: to a temporary file beside it first, then renamed over it,
 * so a crash or a full disk never leaves a half-written document where a good one was.
 */
export async function writeSavedFile(file: string, data: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, data, { flag: 'wx' });
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'none';
    throw new FileAccessError('error.file.cannotSave', { name: path.basename(file), code });
  }
}
