import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A small filesystem of its own (tmpfs) for a relay's data folder, so a test can fill it up (the
 * disk is full: writes fail with SQLITE_FULL) and give the space back.
 * Mounting needs root (CAP_SYS_ADMIN); `mount` returns null where that is not allowed.
 */
export class SmallDisk {
  private constructor(readonly dir: string) {}

  /** Mounts a `sizeMb` tmpfs on `dir`, or returns null when this machine does not allow it. */
  static mount(dir: string, sizeMb = 64): SmallDisk | null {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
      return new SmallDisk(dir);
    } catch {
      return null;
    }
  }

  private get filler(): string {
    return path.join(this.dir, 'filler');
  }

  /** Fills the disk to the last byte (other files can no longer grow). */
  fill(): void {
    const fd = fs.openSync(this.filler, 'a');
    const chunk = Buffer.alloc(1 << 20);
    try {
      for (let size = chunk.length; size >= 1;) {
        try {
          fs.writeSync(fd, chunk, 0, size);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
          size = Math.floor(size / 2);
        }
      }
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Gives the space back. */
  free(): void {
    fs.rmSync(this.filler, { force: true });
  }

  /** Remounts the disk read-only (only possible while no file on it is open for writing). */
  readOnly(): void {
    execFileSync('mount', ['-o', 'remount,ro', this.dir], { stdio: 'ignore' });
  }

  unmount(): void {
    try {
      execFileSync('umount', ['-l', this.dir], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}
