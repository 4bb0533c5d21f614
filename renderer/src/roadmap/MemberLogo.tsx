import { useEffect, useRef, useState } from 'react';
import '../editor/images/images.css';
import type { Session } from '../app/session.ts';
import { useT } from '../i18n/useT.ts';
import { useNotice } from '../app/Notices.tsx';
import { acceptImage, refusalText } from '../images/acceptImage.ts';
import { setMemberLogo, type Member } from '../../../shared/model/members.ts';
import { DEFAULT_IMAGE_LIMITS } from '../../../shared/images/imageLimits.ts';
import { IMAGE_MIME } from '../../../shared/images/imageFormat.ts';

/**
 * A member organisation's logo, shown on document covers: its thumbnail (fetched from the relay when
 * this computer lacks it) and a button to choose or replace it, checked like any inserted image.
 */
export function MemberLogo({ session, member }: { session: Session; member: Member }) {
  const t = useT();
  const notify = useNotice();
  const input = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const { blobs, sync } = session;
  useEffect(() => {
    setUrl(null);
    if (!member.logo) return;
    const hash = member.logo;
    const stopWanting = sync?.images.want(hash);
    const stop = blobs.whenPresent(hash, () => void blobs.objectUrl(hash).then(setUrl));
    return () => {
      stop();
      stopWanting?.();
    };
  }, [blobs, sync, member.logo]);
  const choose = async (file: File) => {
    const accepted = await acceptImage(file, file.name, blobs, DEFAULT_IMAGE_LIMITS);
    if (!accepted.ok) return notify({ kind: 'error', text: refusalText(t, accepted.name, accepted.refusal) });
    setMemberLogo(session.workspace.doc, member.id, accepted.image.hash);
  };
  return (
    <span className="member-logo">
      {url && <img src={url} alt={t('members.logoOf', { name: member.name })} />}
      <button type="button" onClick={() => input.current?.click()}>
        {t('members.chooseLogo')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={Object.values(IMAGE_MIME).join(',')}
        aria-label={t('members.logoFile', { name: member.name })}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void choose(file);
        }}
      />
    </span>
  );
}
