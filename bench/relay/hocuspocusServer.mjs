// Baseline server of the relay-load scenario: a stock Hocuspocus server, in memory (no extensions,
// so no persistence and no authentication), on 127.0.0.1:$PORT.
import { Server } from '@hocuspocus/server';

const port = Number(process.env.PORT);
const server = new Server({ port, address: '127.0.0.1', quiet: true, stopOnSignals: true });
await server.listen();
console.log(`listening on ws://127.0.0.1:${server.address.port}`);
