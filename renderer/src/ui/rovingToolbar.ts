import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

const CONTROLS = 'button, input, select';

/** The toolbar's controls that can take focus, in order. */
function enabledControls(toolbar: HTMLElement): HTMLElement[] {
  return [...toolbar.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (el) => !(el as HTMLButtonElement).disabled && !el.hidden && el.closest('[role="toolbar"]') === toolbar,
  );
}

/** Makes `stop` the toolbar's one Tab stop. */
function setStop(toolbar: HTMLElement, stop: HTMLElement | undefined): void {
  for (const el of toolbar.querySelectorAll<HTMLElement>(CONTROLS)) el.tabIndex = el === stop ? 0 : -1;
}

/** The control Tab (or Escape from the text) lands on in a toolbar: the one last used, else the first. */
export function toolbarEntry(toolbar: HTMLElement): HTMLElement | undefined {
  const controls = enabledControls(toolbar);
  return controls.find((el) => el.tabIndex === 0) ?? controls[0];
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * A toolbar as WAI-ARIA describes it: one Tab stop (the control last used), arrow keys (mirrored
 * right to left), Home and End move between its controls, Escape goes back to the text (`onEscape`).
 */
export function useRovingToolbar(onEscape?: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  const last = useRef<HTMLElement | null>(null);
  // Controls come and go (table tools) and are enabled and disabled: keep exactly one Tab stop.
  useLayoutEffect(() => {
    const toolbar = ref.current;
    if (!toolbar) return;
    const controls = enabledControls(toolbar);
    setStop(toolbar, controls.find((el) => el === last.current) ?? controls[0]);
  });
  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => {
    const toolbar = ref.current;
    if (!toolbar || !(e.target instanceof HTMLElement) || !enabledControls(toolbar).includes(e.target)) return;
    last.current = e.target;
    setStop(toolbar, e.target);
  }, []);
  const escape = useRef(onEscape);
  escape.current = onEscape;
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLElement>) => {
    const toolbar = ref.current;
    if (!toolbar || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape' && escape.current) {
      e.preventDefault();
      escape.current();
      return;
    }
    const move = MOVES[e.key];
    // A text field or a list inside the toolbar keeps its own arrow keys.
    if (!move || !(e.target instanceof HTMLButtonElement)) return;
    const rtl = getComputedStyle(toolbar).direction === 'rtl';
    const key = rtl && e.key === 'ArrowRight' ? 'ArrowLeft' : rtl && e.key === 'ArrowLeft' ? 'ArrowRight' : e.key;
    const controls = enabledControls(toolbar);
    const next = controls[(MOVES[key] ?? move)(controls.indexOf(e.target), controls.length)];
    if (!next) return;
    e.preventDefault();
    next.focus();
  }, []);
  return { ref, onFocus, onKeyDown };
}
