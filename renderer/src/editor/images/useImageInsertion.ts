import { useEffect, useMemo } from 'react';
import type { Session } from '../../app/session.ts';
import { useHost } from '../../app/hostContext.ts';
import { useNotice } from '../../app/Notices.tsx';
import { useT } from '../../i18n/useT.ts';
import { imageLimitsFor } from '../../../../shared/images/imageLimits.ts';
import type { DocumentDialog } from '../../document/documentDialogs.ts';
import { ImageInsertion } from './imageInsertion.ts';
import type { ImageServices } from './imageServices.ts';

/**
 * The open document's image handling: what its image views need (local store, relay downloads,
 * translator) and the insertion of files and pasted images (size limit from the `imageMaxMegabytes`
 * setting). Images the relay refuses to hold are reported.
 */
export function useImageInsertion(
  session: Session,
  openDialog: (dialog: DocumentDialog) => void,
): { services: ImageServices; insertion: ImageInsertion } {
  const host = useHost();
  const notify = useNotice();
  const t = useT();
  const { blobs, sync } = session;
  const result = useMemo(() => {
    const services: ImageServices = { blobs, t, want: (hash) => sync?.images.want(hash) ?? (() => undefined) };
    const insertion = new ImageInsertion({
      blobs,
      t,
      notify,
      limits: async () => imageLimitsFor(await host.getSetting('imageMaxMegabytes')),
      describe: (image, pos) => openDialog({ kind: 'image', image, pos }),
      download: (url, maxBytes) => host.downloadImage(url, maxBytes),
    });
    return { services, insertion };
  }, [blobs, sync, t, notify, host, openDialog]);
  useEffect(
    () =>
      sync?.images.onUploadProblem((problem) =>
        notify({ kind: 'error', text: t('image.uploadRefused', { reason: problem.reason || String(problem.status) }) }),
      ),
    [sync, notify, t],
  );
  return result;
}
