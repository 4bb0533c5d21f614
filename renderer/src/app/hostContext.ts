import { createContext, useContext } from 'react';
import type { HostApi } from '../../../shared/host/HostApi.ts';

export const HostContext = createContext<HostApi | null>(null);

/** The host the app runs in (desktop or web), through its one contract. */
export function useHost(): HostApi {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost outside <App>');
  return host;
}
