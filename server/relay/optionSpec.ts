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

/** A numeric option (a count, a duration, or a size such as `16MiB`) whose environment variable follows its flag. */
export function numberOption(
  key: OptionSpec['key'],
  flag: string,
  def: string,
  help: string,
  kind: 'int' | 'bytes' = 'int',
): OptionSpec {
  return { key, flag, env: `CONCORD_RELAY_${flag.toUpperCase().replace(/-/g, '_')}`, kind, default: def, help };
}
