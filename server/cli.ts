import { commands } from './commands/index.ts';

const USAGE = `Usage: concord <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run \`concord <command> --help\` for a command's options.`;

/** Entry point of the `concord` command line; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name ? 0 : 1;
  }
  const entry = commands[name];
  if (!entry) {
    console.error(`concord: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (await entry.load()).run(rest);
  } catch (err) {
    console.error(`concord ${name}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
