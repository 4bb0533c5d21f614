import type { Command } from './command.ts';

/** A subcommand as the command line lists it; its module is loaded only when it runs. */
interface CommandEntry {
  summary: string;
  load(): Promise<Command>;
}

// Loaded lazily: `concord relay` should not pay for (or break on) the export pipeline, and the reverse.
export const commands: Record<string, CommandEntry> = {
  serve: { summary: 'serve the browser version of the app', load: async () => (await import('./serve.ts')).serve },
  relay: { summary: 'run a relay that members sync through', load: async () => (await import('./relay.ts')).relay },
  invite: {
    summary: 'issue an invitation (token) to a workspace',
    load: async () => (await import('./invite.ts')).invite,
  },
  revoke: { summary: 'revoke an invitation (token)', load: async () => (await import('./revoke.ts')).revoke },
  tokens: { summary: 'list issued invitations (tokens)', load: async () => (await import('./tokens.ts')).tokens },
  templates: {
    summary: 'list document templates and their milestones',
    load: async () => (await import('./templates.ts')).templates,
  },
  roadmap: {
    summary: 'list review cycles, milestones, confidence, sources and templates',
    load: async () => (await import('./roadmap.ts')).roadmap,
  },
  new: {
    summary: 'write a new .concord document from a template',
    load: async () => (await import('./new.ts')).newDocument,
  },
  export: {
    summary: 'export a .concord document to PDF, Word, Markdown or HTML',
    load: async () => (await import('./export.ts')).exportCommand,
  },
  import: {
    summary: 'create a .concord document from a .docx or .md file',
    load: async () => (await import('./import.ts')).importCommand,
  },
};
