import { useEffect, useRef } from 'react';
import { announce } from './announcer.ts';

/**
 * Announces `text` each time it changes, never the value a view opens with (a person who opens a
 * document is not told its counts). Null means nothing to say now. `key` groups it (see `announce`).
 */
export function useAnnounceChange(text: string | null, key: string, assertive = false): void {
  const previous = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const before = previous.current;
    previous.current = text;
    if (before === undefined || text === before) return;
    // Null withdraws a message not yet read: it is no longer true.
    announce(text ?? '', { key, assertive });
  }, [text, key, assertive]);
  // A view that goes away takes back what it had not yet had read (an export step, once exported).
  useEffect(() => () => announce('', { key }), [key]);
}
