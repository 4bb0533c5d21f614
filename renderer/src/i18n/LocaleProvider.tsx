import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import type { HostApi } from '../../../shared/host/HostApi.ts';
import { loadCatalogue } from '../../../shared/i18n/catalogue.ts';
import type { Catalogue } from '../../../shared/i18n/messages.ts';
import { DEFAULT_LOCALE, directionOf, negotiateLocale, type Locale } from '../../../shared/i18n/locales.ts';

interface LocaleState {
  locale: Locale;
  /** Switches the interface language at once, without a restart, and remembers it. */
  setLocale(locale: Locale): Promise<void>;
}

const LocaleContext = createContext<LocaleState | null>(null);

/** The interface language and the way to change it. */
export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale needs a LocaleProvider');
  return state;
}

/** The chosen language, or on first run the system's or browser's. */
async function initialLocale(host: HostApi): Promise<Locale> {
  const [chosen, info] = await Promise.all([host.getSetting('language'), host.appInfo()]);
  return chosen ?? negotiateLocale(info.locales);
}

/** Puts the language and direction on the page root, so CSS logical properties and screen readers follow. */
function applyToDocument(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

/**
 * Provides the interface language to everything below it: react-intl's messages and `Intl` formats, and
 * `lang`/`dir` on the page root. Renders nothing until the first catalogue has loaded (a few ms), so no
 * English flashes before an Arabic interface.
 */
export function LocaleProvider({ host, children }: { host: HostApi; children: ReactNode }) {
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Catalogue } | null>(null);

  const show = useCallback(async (locale: Locale) => {
    const messages = await loadCatalogue(locale);
    applyToDocument(locale);
    setLoaded({ locale, messages });
  }, []);

  useEffect(() => {
    initialLocale(host)
      .catch(() => DEFAULT_LOCALE)
      .then(show);
  }, [host, show]);

  const setLocale = useCallback(
    async (locale: Locale) => {
      await show(locale);
      await host.setSetting('language', locale);
    },
    [host, show],
  );
  const state = useMemo(() => (loaded ? { locale: loaded.locale, setLocale } : null), [loaded, setLocale]);
  if (!loaded || !state) return null;
  return (
    <LocaleContext.Provider value={state}>
      <IntlProvider locale={loaded.locale} messages={loaded.messages} defaultLocale={DEFAULT_LOCALE}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
