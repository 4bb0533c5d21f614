import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useYValue } from './useYValue.ts';
import { useSubscription, type Subscribe } from './useSubscription.ts';
import { mount, settle, type Mounted } from '../testing/mount.tsx';

const mounted: Mounted[] = [];
afterEach(() => mounted.splice(0).forEach((m) => m.unmount()));

function Title({ doc }: { doc: Y.Doc }) {
  const map = doc.getMap<string>('meta');
  return <p>{useYValue(map, () => map.get('title') ?? '(none)')}</p>;
}

describe('useYValue', () => {
  it('re-reads after local changes and changes from a collaborator', () => {
    const doc = new Y.Doc();
    const view = mount(<Title doc={doc} />);
    mounted.push(view);
    expect(view.container.textContent).toBe('(none)');
    settle(() => doc.getMap('meta').set('title', 'Local'));
    expect(view.container.textContent).toBe('Local');
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    remote.getMap('meta').set('title', 'Remote');
    settle(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote)));
    expect(view.container.textContent).toBe('Remote');
  });

  it('follows a new Y type and stops observing the old one', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    a.getMap('meta').set('title', 'A');
    b.getMap('meta').set('title', 'B');
    const view = mount(<Title doc={a} />);
    mounted.push(view);
    view.rerender(<Title doc={b} />);
    expect(view.container.textContent).toBe('B');
    settle(() => a.getMap('meta').set('title', 'A2'));
    expect(view.container.textContent).toBe('B');
  });
});

describe('useSubscription', () => {
  it('does not miss a change made between the first render and the subscription', () => {
    let value = 'first';
    let subscribed = 0;
    const subscribe: Subscribe = () => {
      subscribed++;
      value = 'changed before anyone listened';
      return () => undefined;
    };
    function Show() {
      return <p>{useSubscription(subscribe, () => value, [])}</p>;
    }
    const view = mount(<Show />);
    mounted.push(view);
    expect(subscribed).toBe(1);
    expect(view.container.textContent).toBe('changed before anyone listened');
  });
});
