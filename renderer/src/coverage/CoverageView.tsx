import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../app/session.ts';
import type { Route } from '../app/useHashRoute.ts';
import { listEntries, type IndexEntry } from '../../../shared/model/workspaceIndex.ts';
import { readBody } from '../../../shared/model/body.ts';
import { coverage, type CoverageReport } from '../../../shared/model/coverage.ts';
import { roundTableHeading } from '../../../shared/domain/roundTables.ts';
import { errorText, useNotice } from '../app/Notices.tsx';

/** Objectives against documents, grouped by round-table cluster: who addresses what, how much, and the gaps. */
export function CoverageView({ session, navigate }: { session: Session; navigate(route: Route): void }) {
  const [entries, setEntries] = useState<IndexEntry[]>([]);
  const [report, setReport] = useState<CoverageReport | null>(null);
  const notify = useNotice();
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
      notify({ kind: 'error', text: `Could not compute coverage: ${errorText(err)}` });
    }
  }, [session, notify]);
  useEffect(() => void load(), [load]);

  return (
    <main className="coverage" aria-labelledby="coverage-title">
      <header className="view-header">
        <h1 id="coverage-title">Coverage of the Compact's objectives</h1>
        <div className="actions">
          <button type="button" onClick={() => void load()}>
            Refresh
          </button>
          <button type="button" onClick={() => navigate({ view: 'library' })}>
            Back to library
          </button>
        </div>
      </header>
      {!report ? (
        <p className="loading">Reading documents…</p>
      ) : (
        <>
          <p className="summary">
            {report.gaps.length === 0
              ? 'Every objective is addressed.'
              : `${report.gaps.length} of 23 objectives are not addressed yet: ${report.gaps.join(', ')}.`}
          </p>
          <table className="coverage-table" aria-label="Objectives by document">
            <thead>
              <tr>
                <th scope="col">Objective</th>
                {entries.map((e) => (
                  <th scope="col" key={e.id}>
                    {e.title}
                  </th>
                ))}
                <th scope="col">Words</th>
              </tr>
            </thead>
            {report.clusters.map((cluster) => (
              <tbody key={cluster.roundTable.id}>
                <tr className="cluster-row">
                  <th scope="rowgroup" colSpan={entries.length + 2}>
                    {roundTableHeading(cluster.roundTable)}
                  </th>
                </tr>
                {cluster.objectives.map((o) => (
                  <tr key={o.tag} className={o.gap ? 'gap' : ''}>
                    <th scope="row">
                      {o.objective.number}. {o.objective.label}
                      {o.gap && <span className="gap-label"> gap</span>}
                    </th>
                    {entries.map((e) => {
                      const hit = o.documents.find((d) => d.docId === e.id);
                      const first = hit?.sections.find((s) => s.headingPos !== null);
                      return (
                        <td key={e.id}>
                          {hit && hit.words > 0 ? (
                            <a
                              href={`#/doc/${e.id}${first?.headingPos != null ? `/at/${first.headingPos}` : ''}`}
                              aria-label={`${hit.words} words on objective ${o.objective.number} in ${e.title}`}
                            >
                              {hit.words}
                            </a>
                          ) : (
                            ''
                          )}
                        </td>
                      );
                    })}
                    <td>{o.words}</td>
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
