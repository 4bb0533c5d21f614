/** One `concord` subcommand. `run` returns the exit code; errors it throws are printed to stderr with exit 1. */
export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}
