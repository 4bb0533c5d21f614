import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { announce } from '../ui/announcer.ts';
import { whenReleased } from '../hooks/settle.ts';

export interface Notice {
  kind: 'error' | 'info';
  /** Already in the interface language (`t(...)`). */
  text: string;
  /** A button offering what to do about it ("Download and embed"); the notice closes when it is chosen. */
  action?: { label: string; run(): void };
}

/** How long an information notice stays (errors, and notices with an action, stay until dismissed or replaced). */
const INFO_MS = 8000;

const NoticeContext = createContext<(notice: Notice | null) => void>(() => undefined);

const CLOSE = '×';

/**
 * Shows one notice at a time at the top of the window, where the user is looking, and announces it
 * (errors assertively); errors stay until dismissed, information goes away by itself.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const show = useCallback((n: Notice | null) => {
    setNotice(n);
    if (n) announce(n.text, { assertive: n.kind === 'error' });
  }, []);
  useEffect(() => {
    // A notice offering something to do stays until done or dismissed, so a keyboard user can reach it.
    if (notice?.kind !== 'info' || notice.action) return;
    // Going away moves everything below up: never under a pressed pointer (the click would be lost,
    // or land on what moved there), but after the release.
    let cancel: () => void = () => undefined;
    const timer = setTimeout(() => {
      cancel = whenReleased(() => setNotice((current) => (current === notice ? null : current)));
    }, INFO_MS);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [notice]);
  const t = useT();
  return (
    <NoticeContext.Provider value={show}>
      <div
        className={`notice ${notice ? `notice-${notice.kind}` : 'notice-empty'}`}
        // Read out once, through the app's live regions (`announce`): no live role here (an alert
        // role is read on its own whatever aria-live says), a region a screen reader can go to.
        role={notice ? 'region' : undefined}
        aria-label={notice ? t('notice.label') : undefined}
      >
        {notice && (
          <>
            <span>{notice.text}</span>
            {notice.action && (
              <button
                type="button"
                className="notice-action"
                onClick={() => {
                  setNotice(null);
                  notice.action?.run();
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button
              type="button"
              aria-label={t('notice.dismiss')}
              title={t('notice.dismiss')}
              onClick={() => setNotice(null)}
            >
              {CLOSE}
            </button>
          </>
        )}
      </div>
      {children}
    </NoticeContext.Provider>
  );
}

/** Returns the function that shows a notice (null clears it). */
export function useNotice(): (notice: Notice | null) => void {
  return useContext(NoticeContext);
}
