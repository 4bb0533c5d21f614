import { useEffect, useState } from 'react';
import { useAnnounceChange } from '../ui/useAnnounceChange.ts';
import { useT } from '../i18n/useT.ts';
import { useDocument } from '../document/DocumentContext.ts';
import { imageAttrs } from '../../../shared/schema/image.ts';

interface Props {
  listOfFigures: boolean;
  onListOfFigures(on: boolean): void;
}

/**
 * The export dialog's part on figures: the check before export (images without alt text, images
 * not on this computer yet) and the list-of-figures option, offered when there are captions.
 */
export function ExportFigureChecks({ listOfFigures, onListOfFigures }: Props) {
  const t = useT();
  const { editor, session } = useDocument();
  const [found] = useState(() => {
    const blobs: string[] = [];
    let noAlt = 0;
    let captions = 0;
    editor.state.doc.descendants((node) => {
      if (node.type.name === 'caption') captions++;
      if (node.type.name !== 'image') return !node.isTextblock;
      const a = imageAttrs(node.attrs);
      if (!a.alt) noAlt++;
      if (a.blob) blobs.push(a.blob);
      return false;
    });
    return { blobs, noAlt, captions };
  });
  const [missing, setMissing] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all(found.blobs.map((hash) => session.blobs.has(hash))).then(
      (here) => live && setMissing(here.filter((h) => !h).length),
    );
    return () => void (live = false);
  }, [found, session.blobs]);
  // The checks finish after the dialog opened: what they found is announced then.
  const warnings = [
    found.noAlt > 0 ? t('export.missingAlt', { count: found.noAlt }) : '',
    missing > 0 ? t('export.missingImages', { count: missing }) : '',
  ].join(' ');
  useAnnounceChange(warnings.trim() || null, 'export-checks');
  return (
    <>
      {found.captions > 0 && (
        <label className="toggle">
          <input type="checkbox" checked={listOfFigures} onChange={(e) => onListOfFigures(e.target.checked)} />
          {t('export.listOfFigures')}
        </label>
      )}
      {found.noAlt > 0 && (
        <p className="field-error" role="note">
          {t('export.missingAlt', { count: found.noAlt })}
        </p>
      )}
      {missing > 0 && (
        <p className="field-error" role="note">
          {t('export.missingImages', { count: missing })}
        </p>
      )}
    </>
  );
}
