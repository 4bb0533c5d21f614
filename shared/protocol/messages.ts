// Message types of the relay protocol. Types 0-3 are y-websocket's (y-protocols sync, awareness,
// auth, query-awareness); Concord adds MESSAGE_ACK, MESSAGE_ROLE, MESSAGE_DECLINED and
// MESSAGE_STORAGE, sent only to clients that ask for acks, so stock clients never see a type they
// cannot read.

/** y-protocols sync message (followed by a sync sub-type). */
export const MESSAGE_SYNC = 0;
/** y-protocols awareness update (presence: carets, names). */
export const MESSAGE_AWARENESS = 1;
/** Asks the other side to send all awareness states it knows. */
export const MESSAGE_QUERY_AWARENESS = 3;
/** Concord: which of this connection's updates the relay has durably stored (see ack.ts). */
export const MESSAGE_ACK = 100;
/** Concord: the connection's current role (a varString), sent first to clients that asked for acks (see role.ts). */
export const MESSAGE_ROLE = 101;
/** Concord: changes the relay declined to store for this connection's role (state-vector entries, as in an ack). */
export const MESSAGE_DECLINED = 102;
/** Concord: whether the relay can store changes right now (see storage.ts). */
export const MESSAGE_STORAGE = 103;

/** Sync sub-type: "here is my state vector, send me what I lack". */
export const SYNC_STEP1 = 0;
/** Sync sub-type: the answer to step 1 (an update). */
export const SYNC_STEP2 = 1;
/** Sync sub-type: a live update. */
export const SYNC_UPDATE = 2;

/** Query parameter carrying the access token. */
export const TOKEN_PARAM = 'token';
/** Query parameter by which a client asks for MESSAGE_ACK (`ack=1`). */
export const ACK_PARAM = 'ack';
/** Path prefix of the relay's rooms: `<relay>/sync/<workspaceId>[/<documentId>]`. */
export const SYNC_PATH = '/sync';
