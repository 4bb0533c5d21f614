import { afterAll, describe, expect, it } from 'vitest';
import { RedisFanout } from '../../server/fanout/redisFanout.ts';
import type { PresenceMembers, RemoteSink, RoomLink } from '../../server/fanout/fanout.ts';
import { newCluster, REDIS_URL } from './support/services.ts';
import { startTcpProxy, targetOf, throughProxy } from './support/tcpProxy.ts';
import type { TcpProxy } from './support/tcpProxy.ts';
import { waitFor } from './support/wait.ts';
import { createRedisClient } from '../../server/fanout/redisClient.ts';
import { parseXinfo } from '../../server/fanout/streamReplies.ts';

// The Redis fan-out in-process, with one instance's connections through a proxy the test can cut.
const skipped = REDIS_URL ? null : 'REDIS_URL not set (start Redis with `. scripts/ci-services.sh`)';
if (skipped) console.warn(`fan-out resume tests skipped: ${skipped}`);

/** A room stand-in that records what the fan-out delivers. */
class RecordingSink implements RemoteSink {
  applied: number[] = [];
  presence: number[] = [];
  members: PresenceMembers[] = [];
  reloads = 0;
  applyRemote(update: Uint8Array): void {
    this.applied.push(update[0]!);
  }
  applyRemoteAwareness(update: Uint8Array, members: PresenceMembers): void {
    this.presence.push(update[0]!);
    this.members.push(members);
  }
  localAwareness(): { update: Uint8Array; members: PresenceMembers } | null {
    return null;
  }
  async reload(): Promise<void> {
    this.reloads += 1;
  }
}

describe.skipIf(skipped !== null)(
  `Redis fan-out: resuming and falling back to storage${skipped ? `: skipped, ${skipped}` : ''}`,
  () => {
    const cluster = newCluster();
    const opened: RedisFanout[] = [];
    const proxies: TcpProxy[] = [];
    const redis = createRedisClient(REDIS_URL, 'concord-test', () => undefined);
    afterAll(async () => {
      redis.destroy();
      for (const f of opened) await f.close();
      for (const p of proxies) await p.close();
      await cluster.cleanup();
    });

    async function instance(url: string): Promise<RedisFanout> {
      const f = await RedisFanout.connect({ url, prefix: cluster.prefix, maxLen: 20, log: () => undefined });
      opened.push(f);
      return f;
    }

    async function join(f: RedisFanout, room: string, sink: RemoteSink): Promise<RoomLink> {
      return f.link(room, await f.position(room), sink);
    }

    it('a reader cut off resumes after its last entry, or reloads from storage when the stream was trimmed past it', async () => {
      await redis.connect();
      const proxy = await startTcpProxy([targetOf(REDIS_URL, 6379)]);
      proxies.push(proxy);
      const [a, b] = [await instance(REDIS_URL), await instance(throughProxy(REDIS_URL, proxy))];
      const room = 'ws-fanout/doc-resume';
      const [sinkA, sinkB] = [new RecordingSink(), new RecordingSink()];
      const linkA = await join(a, room, sinkA);
      await join(b, room, sinkB);

      linkA.publish(Uint8Array.of(1));
      await waitFor(() => sinkB.applied.length === 1, 'B applies the first update');
      linkA.publishAwareness(Uint8Array.of(9), new Map([[1234, 'member-a']]));
      await waitFor(() => sinkB.presence.includes(9), 'presence crosses over pub/sub');
      expect(sinkB.members.at(-1)).toEqual(new Map([[1234, 'member-a']])); // with the member behind each client

      proxy.cut();
      await waitFor(() => !b.health().ok, 'B notices it is cut off');
      for (let i = 2; i <= 6; i++) linkA.publish(Uint8Array.of(i));
      proxy.restore();
      await waitFor(() => sinkB.applied.length === 6, 'B resumes after its last entry');
      expect(sinkB.applied).toEqual([1, 2, 3, 4, 5, 6]);
      expect(sinkB.reloads).toBe(0);
      expect(sinkA.applied).toEqual([]); // an instance never applies its own updates

      proxy.cut();
      await waitFor(() => !b.health().ok, 'B cut off again');
      for (let i = 0; i < 400; i++) linkA.publish(Uint8Array.of(100 + (i % 100)));
      await waitFor(async () => {
        const info = parseXinfo(await redis.sendCommand(['XINFO', 'STREAM', `${cluster.prefix}:updates:${room}`]));
        return info.entriesAdded === 406 && info.length < 406;
      }, 'all published, and the oldest trimmed');
      proxy.restore();
      await waitFor(() => sinkB.reloads === 1, 'B reloads from storage: the stream was trimmed past its cursor');
      linkA.publish(Uint8Array.of(7));
      await waitFor(() => sinkB.applied.at(-1) === 7, 'and then follows the stream again');
    });

    it('an instance that could not publish tells the others to reload', async () => {
      const proxy = await startTcpProxy([targetOf(REDIS_URL, 6379)]);
      proxies.push(proxy);
      const [a, b] = [await instance(throughProxy(REDIS_URL, proxy)), await instance(REDIS_URL)];
      const room = 'ws-fanout/doc-marker';
      const sinkB = new RecordingSink();
      const linkA = await join(a, room, new RecordingSink());
      await join(b, room, sinkB);
      proxy.cut();
      await waitFor(() => !a.health().ok, 'A cut off');
      linkA.publish(Uint8Array.of(42)); // stored by A (in the relay), but Redis is unreachable
      proxy.restore();
      await waitFor(() => sinkB.reloads === 1, 'B reloads the room when A is back');
      await waitFor(() => a.health().ok, 'A healthy again');
      expect(sinkB.applied).toEqual([]);
    });
  },
);
