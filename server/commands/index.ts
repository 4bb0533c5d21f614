import type { Command } from './command.ts';
import { serve } from './serve.ts';

/** Every `concord` subcommand, by name. */
export const commands: Record<string, Command> = {
  serve,
};
