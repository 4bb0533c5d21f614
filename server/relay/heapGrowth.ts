import v8 from 'node:v8';

const NODE_FLAG = '--heap-growing-percent';

/**
 * How far V8 lets the heap grow past what was live after a full collection before it collects
 * again. Its own policy allows up to four times the live size when collecting is cheap beside the
 * program's work, which a relay under load is: garbage promoted by the young generation (frames
 * waiting for a disk flush, queued sends) then piles up to several times the documents it holds.
 * The relay caps it (--heap-growth, default 30%): at 200 busy documents the peak RSS was 187-198 MiB
 * instead of 199-251, CPU within the noise (docs/relay.md, "Memory"). A node flag of the same name
 * given by the operator wins; 0 keeps V8's policy.
 */
export function limitHeapGrowth(
  percent: number,
  execArgv = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS,
): boolean {
  if (percent <= 0) return false;
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((arg) =>
    arg.replace(/_/g, '-').startsWith(NODE_FLAG),
  );
  if (given) return false;
  v8.setFlagsFromString(`${NODE_FLAG}=${percent}`);
  return true;
}
