import fs from 'node:fs/promises';

/** Reads a file named on the command line, with a plain message when it is missing, not a file, or too large. */
export async function readInputFile(file: string, maxBytes: number): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch((err: NodeJS.ErrnoException) => {
    throw new Error(err.code === 'ENOENT' ? `${file}: no such file` : `${file}: ${err.message}`);
  });
  if (!stat.isFile()) throw new Error(`${file} is not a file`);
  if (stat.size > maxBytes) throw new Error(`${file} is too large (${Math.round(stat.size / 1048576)} MB)`);
  return new Uint8Array(await fs.readFile(file));
}
