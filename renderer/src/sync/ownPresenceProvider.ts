import { WebsocketProvider } from 'y-websocket';
import * as bc from 'lib0/broadcastchannel';
import * as encoding from 'lib0/encoding';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import { MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS } from '../../../shared/protocol/messages.ts';
import type { AwarenessChange } from '../../../shared/sealedSync/sealedPresence.ts';

/**
 * A y-websocket provider that sends only this client's own presence. The stock provider sends every
 * presence change it sees, including the ones it just received from the relay (about four times the
 * presence traffic in a room); every client already gets those from the relay, and times them out itself.
 * Its answer to a query for presence is its own state alone, for the same reason.
 */
export class OwnPresenceProvider extends WebsocketProvider {
  constructor(...args: ConstructorParameters<typeof WebsocketProvider>) {
    super(...args);
    this.awareness.off('update', this._awarenessUpdateHandler);
    this._awarenessUpdateHandler = ({ added, updated, removed }: AwarenessChange) => {
      const own = this.awareness.clientID;
      if (!added.includes(own) && !updated.includes(own) && !removed.includes(own)) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(this.awareness, [own]));
      const frame = encoding.toUint8Array(encoder);
      if (this.wsconnected && this.ws?.readyState === 1) this.ws.send(frame);
      if (this.bcconnected) bc.publish(this.bcChannel, frame, this);
    };
    this.awareness.on('update', this._awarenessUpdateHandler);
    // Asked for its presence (another tab over the BroadcastChannel, a relay), it answers with its own
    // state too, not with everybody's as the stock provider does.
    this.messageHandlers[MESSAGE_QUERY_AWARENESS] = (encoder: encoding.Encoder) => {
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(this.awareness, [this.awareness.clientID]));
    };
  }
}
