import * as Y from 'yjs';
import type { Random } from '../../shared/binding/differential/random.ts';
import type { AckedState } from '../../shared/protocol/ack.ts';
import { CLOSE_UNAUTHORIZED } from '../../shared/protocol/closeCodes.ts';
import { waitFor } from '../relay/support/wait.ts';
import type { FrameProxy } from './frameProxy.ts';
import type { Member } from './member.ts';
import type { FaultKind, Step } from './plan.ts';
import type { RelaySet } from './relaySet.ts';

interface Active {
  kind: FaultKind;
  member: number;
  until: number;
  end(): Promise<void>;
}

/** Faults that involve the relay or the network as a whole: one at a time. */
const GLOBAL: ReadonlySet<FaultKind> = new Set([
  'relay-sigkill',
  'disk-full',
  'token-revoked',
  'instance-dies',
  'bad-network',
]);

/** What the injector needs from the campaign. */
export interface FaultContext {
  members: readonly Member[];
  relays: RelaySet;
  proxy: FrameProxy;
  workspace: string;
  tokenIds: string[];
  /** Every acknowledged clock so far. */
  ledger(): AckedState;
  room: string;
  /** Records a violated invariant. */
  fail(message: string): void;
}

/**
 * Starts faults as the plan says and ends each after its length (or at the quiet period). A fault
 * that cannot start now (its member is already down, another relay-wide fault is on) is skipped.
 */
export class FaultInjector {
  private active: Active[] = [];
  readonly injected = new Map<FaultKind, number>();
  /** Updates members lost from their local store by dying (the relay had them). */
  lostLocally = 0;
  /** Which members are down (dead) now. */
  readonly dead = new Set<number>();

  constructor(private readonly ctx: FaultContext) {}

  /** Whether member `i` is busy with a fault of its own. */
  private memberBusy(i: number): boolean {
    return this.active.some((a) => a.member === i && !GLOBAL.has(a.kind));
  }

  /** Ends the faults due before step `index` (all with `Infinity`). */
  async endDue(index: number): Promise<void> {
    const due = this.active.filter((a) => a.until <= index);
    this.active = this.active.filter((a) => a.until > index);
    for (const a of due) await a.end();
  }

  /** Starts the step's fault; false when skipped. */
  async start(step: Step, rnd: Random): Promise<boolean> {
    const kind = step.kind as FaultKind;
    const m = this.ctx.members[step.member]!;
    if (GLOBAL.has(kind) ? this.active.some((a) => GLOBAL.has(a.kind)) : this.memberBusy(m.index)) return false;
    const end = await this.begin(kind, m, rnd);
    if (!end) return false;
    this.active.push({ kind, member: m.index, until: step.index + step.length, end });
    this.injected.set(kind, (this.injected.get(kind) ?? 0) + 1);
    return true;
  }

  private async begin(kind: FaultKind, m: Member, rnd: Random): Promise<(() => Promise<void>) | null> {
    const { relays, proxy } = this.ctx;
    switch (kind) {
      case 'offline':
        m.offline();
        return async () => m.online();
      case 'member-dies':
        this.lostLocally += m.kill();
        this.dead.add(m.index);
        return async () => {
          this.dead.delete(m.index);
          m.start();
        };
      case 'relay-sigkill':
      case 'instance-dies': {
        await relays.kill(rnd.int(0, relays.instanceCount - 1));
        await this.checkStored('after SIGKILL');
        return () => relays.restart();
      }
      case 'disk-full':
        if (!relays.canFailStorage) return null;
        return relays.failStorage();
      case 'token-revoked': {
        if (!m.alive || !m.client || this.memberBusy(m.index)) return null;
        const client = m.client;
        await relays.revoke(this.ctx.tokenIds[m.index]!);
        await waitFor(
          () => client.closeCodes.includes(CLOSE_UNAUTHORIZED),
          `member ${m.index} refused after revocation`,
        );
        return async () => {
          const issued = await relays.token(this.ctx.workspace, m.author.name);
          this.ctx.tokenIds[m.index] = issued.id;
          m.link.token = issued.token;
          if (m.alive) m.connect();
        };
      }
      case 'bad-network':
        proxy.setDelay(rnd.int(20, 120));
        return async () => proxy.setDelay(0);
    }
  }

  /** The data as stored must hold every clock the relay acknowledged. */
  async checkStored(when: string): Promise<void> {
    const stored = await this.ctx.relays.stored(this.ctx.room);
    const lost = [...this.ctx.ledger()].filter(([client, clock]) => Y.getState(stored.store, client) < clock);
    if (lost.length > 0)
      this.ctx.fail(
        `lost ${when}: acknowledged but not stored: ${lost.map(([c, k]) => `client ${c} below ${k}`).join(', ')}`,
      );
    stored.destroy();
  }

  /** Ends every fault (the quiet period begins). */
  endAll(): Promise<void> {
    return this.endDue(Infinity);
  }
}
