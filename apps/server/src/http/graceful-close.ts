import type { FastifyInstance } from 'fastify';

/**
 * Lets `app.close()` finish while browsers hold keep-alive connections. Node's
 * server.close() ends the connections that are idle at that moment, but one
 * still answering a request stays open after its answer, for the keep-alive
 * timeout (72 s) or until the browser lets go: Ctrl-C would hang. So once
 * closing has begun, every answer says `Connection: close`, and any connection
 * that falls idle afterwards is closed. Requests in flight are answered in full.
 */
export function closeConnectionsWhenClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing && !reply.raw.headersSent) void reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', (_request, _reply, done) => {
    if (closing) setImmediate(() => app.server.closeIdleConnections());
    done();
  });
}
