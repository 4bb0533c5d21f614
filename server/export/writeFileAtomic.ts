import fs from 'node:fs/promises';

/** Writes `data` to `file` through a temporary file and a rename, so a failed export leaves nothing half-written. */
export async function writeFileAtomic(file: string, data: Uint8Array, overwrite: boolean): Promise<void> {
  if (
    !overwrite &&
    (await fs.stat(file).then(
      () => true,
      () => false,
    ))
  )
    throw new Error(`${file} exists; use --force to overwrite it`);
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, data, { flag: 'wx' });
  try {
    await fs.rename(tmp, file);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
