import type { IndexEntry } from '../../../shared/model/workspaceIndex.ts';
import { isoDay } from '../../../shared/domain/deadlines.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';

interface DocumentRowProps {
  entry: IndexEntry;
  milestoneTitle: string;
  onRename(): void;
  onDuplicate(): void;
  onTrash(): void;
  /** Disables the actions (with the reason as their title) for those who may not change the library. */
  locked: { disabled: boolean; title: string | undefined };
}

/** One document in the library table: its link, dates and count in the interface language, and its actions. */
export function DocumentRow({ entry, milestoneTitle, onRename, onDuplicate, onTrash, locked }: DocumentRowProps) {
  const t = useT();
  const format = useFormat();
  const { title } = entry;
  return (
    <tr>
      <td>
        <a href={`#/doc/${entry.id}`}>
          <bdi lang={entry.language}>{title}</bdi>
        </a>
      </td>
      <td>{format.dateTime(entry.updatedAt)}</td>
      <td>{format.number(entry.wordCount)}</td>
      <td>
        <bdi>{milestoneTitle}</bdi>
      </td>
      <td>
        {entry.deadline &&
          t('library.deadlineWhen', {
            date: format.day(entry.deadline),
            relative: format.fromToday(entry.deadline, isoDay(new Date())),
          })}
      </td>
      <td className="row-actions">
        <button type="button" {...locked} aria-label={t('library.renameNamed', { title })} onClick={onRename}>
          {t('library.rename')}
        </button>
        <button type="button" {...locked} aria-label={t('library.duplicateNamed', { title })} onClick={onDuplicate}>
          {t('library.duplicate')}
        </button>
        <button type="button" {...locked} aria-label={t('library.trashNamed', { title })} onClick={onTrash}>
          {t('library.delete')}
        </button>
      </td>
    </tr>
  );
}
