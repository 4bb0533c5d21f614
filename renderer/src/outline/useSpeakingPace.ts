import { useEffect, useState } from 'react';
import { useHost } from '../app/hostContext.ts';
import { DEFAULT_WORDS_PER_MINUTE } from '../../../shared/domain/oralStatements.ts';

/** The reading pace for speaking-time estimates (a user setting, 120 words a minute by default). */
export function useSpeakingPace(): [number, (wpm: number) => void] {
  const host = useHost();
  const [pace, setPace] = useState(DEFAULT_WORDS_PER_MINUTE);
  useEffect(() => {
    void host.getSetting('speakingPaceWpm').then((v) => v && setPace(v));
  }, [host]);
  return [
    pace,
    (wpm) => {
      if (!Number.isInteger(wpm) || wpm < 60 || wpm > 250) return;
      setPace(wpm);
      void host.setSetting('speakingPaceWpm', wpm);
    },
  ];
}
