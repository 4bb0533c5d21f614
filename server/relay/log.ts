/** Where the relay writes its one-line event log. */
export type Log = (line: string) => void;

/** The default log: one timestamped line per event on stderr (stdout carries only the address line). */
export const stderrLog: Log = (line) => {
  process.stderr.write(`${new Date().toISOString()} ${line}\n`);
};
