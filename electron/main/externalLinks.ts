import { isAllowedLink } from '../../shared/schema/linkPolicy.ts';
import { isAppUrl } from './appOrigin.ts';

/** What to do when the page tries to leave itself (a link click, window.open, location change). */
export type NavigationDecision = { action: 'stay' } | { action: 'open-external'; url: string } | { action: 'allow' };

/**
 * Decides a navigation of the main window: pages of the app itself may load (a reload of index.html),
 * http/https/mailto links go to the user's browser or mail program, and everything else (file:,
 * javascript:, data:, custom schemes) goes nowhere.
 */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return { action: 'allow' };
  if (isAllowedLink(url)) return { action: 'open-external', url: new URL(url.trim()).href };
  return { action: 'stay' };
}

/** Decides window.open and target=_blank: never a new Electron window; allowed links open externally. */
export function decideWindowOpen(url: string): NavigationDecision {
  const decision = decideNavigation(url);
  return decision.action === 'allow' ? { action: 'stay' } : decision;
}
