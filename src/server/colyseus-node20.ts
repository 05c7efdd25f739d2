// Colyseus 0.18's server reads the browser global `WebSocket.OPEN` when a
// client reconnects (Room#_onJoin). Node 22 has that global; Node 20, which
// this server runs on, does not, so every rejoin of a held seat failed with
// "WebSocket is not defined". The constant is all Colyseus reads.
const scope = globalThis as { WebSocket?: { OPEN: number } };
scope.WebSocket ??= { OPEN: 1 };
