import { RefusalNotice } from '../sync/RefusalNotice.tsx';
import { useSyncStatus } from '../sync/useSyncStatus.ts';
import { useDocument } from './DocumentContext.ts';

/** Above the open document: why the relay refused its connection, and what to do. */
export function DocumentRefusal() {
  const { connection, role } = useDocument();
  return <RefusalNotice status={useSyncStatus(connection)} role={role} />;
}
