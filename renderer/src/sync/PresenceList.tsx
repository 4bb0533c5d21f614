import type { DocConnection } from './docConnection.ts';
import { useAwarenessValue } from './useAwarenessValue.ts';
import { useT } from '../i18n/useT.ts';

interface Person {
  clientId: number;
  name: string;
  colour: string;
}

function peopleOf(connection: DocConnection): Person[] {
  const out: Person[] = [];
  connection.awareness.getStates().forEach((state, clientId) => {
    if (clientId === connection.awareness.clientID) return;
    const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
    if (!user || typeof user.name !== 'string') return;
    const colour = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#888888';
    out.push({ clientId, name: user.name.slice(0, 80), colour });
  });
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** Who else is in the document now. */
export function PresenceList({ connection }: { connection: DocConnection }) {
  const people = useAwarenessValue(connection, peopleOf, []);
  const t = useT();
  if (people.length === 0) return <span className="presence muted">{t('presence.onlyYou')}</span>;
  return (
    <ul className="presence" aria-label={t('presence.label')}>
      {people.map((p) => (
        <li key={p.clientId} title={p.name}>
          <span className="dot" style={{ background: p.colour }} aria-hidden="true" />
          <bdi>{p.name}</bdi>
        </li>
      ))}
    </ul>
  );
}
