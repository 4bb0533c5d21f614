import { commands } from './commands/index.ts';
import { EXIT, runCommand, type Command } from './commands/command.ts';

const USAGE = `Usage: concord <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run \`concord <command> --help\` for a command's options.`;

/** Entry point of the `concord` command line; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return EXIT.ok;
  }
  const entry = name === undefined ? undefined : commands[name];
  if (!name || !entry) {
    console.error(`${name ? `concord: unknown command "${name.slice(0, 100)}"\n\n` : ''}${USAGE}`);
    return EXIT.usage;
  }
  let command: Command;
  try {
    command = await entry.load();
  } catch (err) {
    console.error(`concord ${name}: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT.failed;
  }
  return runCommand(name, command, rest);
}
