import { act, type ReactNode } from 'react';
import { vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { IntlProvider } from 'react-intl';
import { en } from '../../../shared/i18n/catalogues/en.ts';
import type { Catalogue } from '../../../shared/i18n/messages.ts';

declare global {
  // Tells React that updates in tests are wrapped in act().
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

/** Something rendered into the test page, with ways to query and unmount it. */
export interface Mounted {
  container: HTMLElement;
  rerender(ui: ReactNode): void;
  unmount(): void;
}

/** An interface language as LocaleProvider gives it to the app: its locale and catalogue. */
interface Language {
  locale: string;
  messages: Catalogue;
}

/**
 * Renders `ui` into a fresh element of the test page (a real DOM, in Chromium), with the interface
 * in `language` (English unless given).
 */
export function mount(ui: ReactNode, { locale, messages }: Language = { locale: 'en', messages: en }): Mounted {
  const InLanguage = ({ children }: { children: ReactNode }) => (
    <IntlProvider locale={locale} messages={messages}>
      {children}
    </IntlProvider>
  );
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = null;
  act(() => {
    root = createRoot(container);
    root.render(<InLanguage>{ui}</InLanguage>);
  });
  return {
    container,
    rerender: (next) => act(() => root?.render(<InLanguage>{next}</InLanguage>)),
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** Runs `fn` (a click, a change to a Y.Doc) and lets React finish rendering what it caused. */
export function settle(fn: () => void): void {
  act(fn);
}

/**
 * Lets what waits for the page to be painted (`afterPaint`: two animation frames, then a task) run,
 * and React render what it changed. Needs fake timers for `setTimeout`, animation frames real.
 */
export async function afterPainting(): Promise<void> {
  for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
  settle(() => vi.advanceTimersByTime(1));
}

/** The button named `name` (its text or aria-label) within `within`; throws when there is none or several. */
export function button(within: ParentNode, name: string): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].filter(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (found.length !== 1) throw new Error(`expected one button “${name}”, found ${found.length}`);
  return found[0]!;
}
