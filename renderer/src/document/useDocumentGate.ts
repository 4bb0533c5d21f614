import { useCallback } from 'react';
import type { Action } from '../../../shared/roles/actions.ts';
import { useGate, type Gate } from '../roles/useGate.ts';
import { useDocument } from './DocumentContext.ts';

/**
 * Gates a control of the open document by the rule the relay applies: `gate(action)` for the member's
 * role and the document's status, live (final and submitted lock the text, comments and metadata).
 */
export function useDocumentGate(): (action: Action) => Gate {
  const { role, meta } = useDocument();
  const gate = useGate(role);
  return useCallback((action) => gate(action, meta.status), [gate, meta.status]);
}
