import { useEffect, useState } from 'react';

/** Anything observable deeply: Y.Map, Y.Array, Y.XmlFragment. */
interface Observable {
  observeDeep(f: () => void): void;
  unobserveDeep(f: () => void): void;
}

/**
 * A value read from a Y type, re-read after every change to it (deep: nested maps and arrays too).
 * `read` must be cheap enough to run on each change of that type; it is taken from the first render
 * (it is derived from `type`, so a new one comes with a new type).
 */
export function useYValue<T>(type: Observable, read: () => T): T {
  const [value, setValue] = useState(read);
  const [reader] = useState(() => ({ read }));
  reader.read = read;
  useEffect(() => {
    const update = () => setValue(reader.read());
    update();
    type.observeDeep(update);
    return () => type.unobserveDeep(update);
  }, [type, reader]);
  return value;
}
