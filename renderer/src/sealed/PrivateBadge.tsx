import { useT } from '../i18n/useT.ts';

/**
 * The lock a private workspace shows in its relay bar; opened, it says what the relay can and
 * cannot see (docs/private-workspaces.md, Threat model).
 */
export function PrivateBadge() {
  const t = useT();
  return (
    <details className="private-badge">
      <summary>
        <svg aria-hidden="true" width="12" height="14" viewBox="0 0 12 14" className="private-lock">
          <path d="M3 6V4a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <rect x="1" y="6" width="10" height="8" rx="1.5" fill="currentColor" />
        </svg>
        <span>{t('private.badge')}</span>
      </summary>
      <div className="private-details">
        <p>{t('private.relaySees')}</p>
        <p>{t('private.imagesSealed')}</p>
      </div>
    </details>
  );
}
