import { MESSAGE_SYNC, SYNC_STEP1 } from '../../shared/protocol/messages.ts';
import type { RoomChannel } from './connection.ts';
import { awarenessFrame, syncStep1Frame } from './frames.ts';
import { handleMessage } from './handleMessage.ts';
import type { Room } from './room.ts';

/** The y-websocket protocol over a Yjs room: the relay's state vector and presence first, then sync messages. */
export function yjsChannel(room: Room): RoomChannel {
  return {
    name: room.name,
    sendBudget: room.sendBudget,
    greet(conn) {
      conn.send(syncStep1Frame(room.doc));
      if (room.awareness.getStates().size > 0) conn.send(awarenessFrame(room.awareness));
    },
    handle: (conn, frame) => handleMessage(conn, room, frame),
    isCatchUp: (frame) => frame[0] === MESSAGE_SYNC && frame[1] === SYNC_STEP1,
    durable: () => room.durable(),
  };
}
