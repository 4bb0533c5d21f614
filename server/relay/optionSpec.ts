import type { RelayConfig } from './relayConfig.ts';

/** How an option's text becomes a value. */
type OptionKind = 'string' | 'path' | 'int' | 'bytes' | 'bool';

/** One relay option: flag, environment variable, default and meaning (also the --help text). */
export interface OptionSpec {
  key: keyof RelayConfig;
  flag: string;
  env: string;
  kind: OptionKind;
  default: string;
  help: string;
  /** The value's name in --help when the kind's (ADDR, N, …) would mislead. */
  arg?: string;
}
