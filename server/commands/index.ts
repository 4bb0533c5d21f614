import type { Command } from './command.ts';
import { serve } from './serve.ts';
import { templates } from './templates.ts';
import { newDocument } from './new.ts';
import { relay } from './relay.ts';
import { invite } from './invite.ts';
import { revoke } from './revoke.ts';
import { tokens } from './tokens.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';

/** Every `concord` subcommand, by name. */
export const commands: Record<string, Command> = {
  serve,
  relay,
  invite,
  revoke,
  tokens,
  templates,
  new: newDocument,
  export: exportCommand,
  import: importCommand,
};
