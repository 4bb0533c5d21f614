import { parseArgs } from 'node:util';

/** Wrong usage: a flag or argument unknown, missing or malformed. Printed with the usage text; exit 2. */
export class UsageError extends Error {}

/** The exit codes of every `concord` command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

type Options = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** What parseArgs gives for `options` (with positional arguments allowed). */
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>>;

/** One `concord` subcommand. */
export interface Command {
  /** The usage text: printed by --help, and after the message of a usage error. */
  help: string;
  /** Parses `argv` and runs; throws UsageError for wrong usage, any other error for a failure. */
  run(argv: string[]): Promise<void>;
}

/**
 * A command from its usage text, its flags (parsed strictly: an unknown flag is a usage error) and
 * its body, which reads the parsed flags, throws UsageError for wrong usage and prints its results.
 */
export function defineCommand<const O extends Options>(spec: {
  help: string;
  options: O;
  /** Whether the command takes positional arguments (file names, a token). */
  positionals?: boolean;
  run(args: Parsed<O>): Promise<void>;
}): Command {
  return {
    help: spec.help,
    async run(argv) {
      let parsed: Parsed<O>;
      try {
        parsed = parseArgs({ args: argv, options: spec.options, allowPositionals: true, strict: true });
      } catch (err) {
        throw new UsageError(err instanceof Error ? err.message : String(err));
      }
      if (!spec.positionals && parsed.positionals.length > 0)
        throw new UsageError(`unexpected argument "${parsed.positionals[0]!.slice(0, 100)}"`);
      await spec.run(parsed);
    },
  };
}

function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/**
 * Runs `concord NAME ARGS`: --help prints the usage on stdout (exit 0); a usage error prints its
 * message and the usage on stderr (exit 2); any other error prints its message on stderr (exit 1).
 */
export async function runCommand(name: string, command: Command, argv: string[]): Promise<number> {
  if (wantsHelp(argv)) {
    console.log(command.help);
    return EXIT.ok;
  }
  try {
    await command.run(argv);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`concord ${name}: ${err.message}\n\n${command.help}`);
      return EXIT.usage;
    }
    console.error(`concord ${name}: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT.failed;
  }
}
