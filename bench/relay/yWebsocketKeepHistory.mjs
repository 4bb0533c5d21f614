// Baseline server of the relay-load scenario: the stock y-websocket server's own connection handler
// (@y/websocket-server 0.1.1, `setupWSConnection`) with its `gc` option off, so that its documents keep
// deleted content as Concord's relay must (versions and suggestions read it; the app's documents run
// with gc off too). The published src/server.js passes no options, so it cannot be asked for this; this
// script is that file with the option given. In memory, no authentication, on 127.0.0.1:$PORT.
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';

const port = Number(process.env.PORT);
const wss = new WebSocketServer({ noServer: true });
wss.on('connection', (conn, req) => setupWSConnection(conn, req, { gc: false }));
const server = http.createServer((_req, res) => res.end('okay'));
server.on('upgrade', (req, socket, head) =>
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
);
server.listen(port, '127.0.0.1', () => console.log(`running at '127.0.0.1' on port ${port}`));
