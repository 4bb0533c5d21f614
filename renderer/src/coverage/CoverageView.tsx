import { useCallback, useEffect, useRef, useState } from 'react';
import type { Session } from '../app/session.ts';
import type { Route } from '../app/useHashRoute.ts';
import { listEntries, type IndexEntry } from '../../../shared/model/workspaceIndex.ts';
import { readBody } from '../../../shared/model/body.ts';
import { coverage, type CoverageReport } from '../../../shared/model/coverage.ts';
import { useNotice } from '../app/Notices.tsx';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';
import { useFormat } from '../i18n/useFormat.ts';

/** Objectives against documents, grouped by round-table cluster: who addresses what, how much, and the gaps. */
export function CoverageView({ session, navigate }: { session: Session; navigate(route: Route): void }) {
  const [entries, setEntries] = useState<IndexEntry[]>([]);
  const [report, setReport] = useState<CoverageReport | null>(null);
  const notify = useNotice();
  const t = useT();
  const format = useFormat();
  // Reloading the figures must not depend on the language; the message is worded when it is shown.
  const latestT = useRef(t);
  latestT.current = t;
  const load = useCallback(async () => {
    try {
      const docs = listEntries(session.workspace.doc, 'library');
      const inputs = [];
      for (const entry of docs) {
        inputs.push({ docId: entry.id, title: entry.title, doc: await session.registry.with(entry.id, readBody) });
      }
      setEntries(docs);
      setReport(coverage(inputs));
    } catch (err) {
      const tr = latestT.current;
      notify({ kind: 'error', text: tr('coverage.failed', { reason: errorText(tr, err) }) });
    }
  }, [session, notify]);
  useEffect(() => void load(), [load]);

  return (
    <main className="coverage" aria-labelledby="coverage-title">
      <header className="view-header">
        <h1 id="coverage-title">{t('coverage.title')}</h1>
        <div className="actions">
          <button type="button" onClick={() => void load()}>
            {t('coverage.refresh')}
          </button>
          <button type="button" onClick={() => navigate({ view: 'library' })}>
            {t('common.backToLibrary')}
          </button>
        </div>
      </header>
      {!report ? (
        <p className="loading">{t('coverage.reading')}</p>
      ) : (
        <>
          <p className="summary">
            {report.gaps.length === 0
              ? t('coverage.noGaps')
              : t('coverage.gaps', {
                  count: report.gaps.length,
                  total: 23,
                  gaps: format.list(report.gaps.map(format.number)),
                })}
          </p>
          <table className="coverage-table" aria-label={t('coverage.table')}>
            <thead>
              <tr>
                <th scope="col">{t('coverage.objective')}</th>
                {entries.map((e) => (
                  <th scope="col" key={e.id}>
                    <bdi>{e.title}</bdi>
                  </th>
                ))}
                <th scope="col">{t('library.words')}</th>
              </tr>
            </thead>
            {report.clusters.map((cluster) => (
              <tbody key={cluster.roundTable.id}>
                <tr className="cluster-row">
                  <th scope="rowgroup" colSpan={entries.length + 2}>
                    {t('coverage.roundTable', { number: cluster.roundTable.number, title: cluster.roundTable.title })}
                  </th>
                </tr>
                {cluster.objectives.map((o) => (
                  <tr key={o.tag} className={o.gap ? 'gap' : ''}>
                    <th scope="row">
                      {t('coverage.objectiveRow', { number: o.objective.number, label: o.objective.label })}
                      {o.gap && <span className="gap-label">{t('coverage.gap')}</span>}
                    </th>
                    {entries.map((e) => {
                      const hit = o.documents.find((d) => d.docId === e.id);
                      const first = hit?.sections.find((s) => s.headingPos !== null);
                      return (
                        <td key={e.id}>
                          {hit && hit.words > 0 ? (
                            <a
                              href={`#/doc/${e.id}${first?.headingPos != null ? `/at/${first.headingPos}` : ''}`}
                              aria-label={t('coverage.wordsOn', {
                                count: hit.words,
                                number: o.objective.number,
                                title: e.title,
                              })}
                            >
                              {format.number(hit.words)}
                            </a>
                          ) : null}
                        </td>
                      );
                    })}
                    <td>{format.number(o.words)}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </>
      )}
    </main>
  );
}
