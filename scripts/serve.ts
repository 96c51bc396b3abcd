// The production server: Next's request handler behind our own HTTP server, so that the client
// address comes from the socket (lib/auth/client-address.ts), SIGTERM lets requests in flight
// finish and closes the database cleanly, and the optional backup schedule runs in this process.
import http from 'node:http';
import next from 'next';
import type Database from 'better-sqlite3';
import { CLIENT_ADDRESS_FLAG, CLIENT_ADDRESS_HEADER, clientAddress, trustedProxyCount } from '../lib/auth/client-address';
import { finishResponses } from '../lib/http/finish-response';
import { refuseMalformedAddress } from '../lib/http/malformed-address';
import { isHttpsSite, publicOriginProblem } from '../lib/site';
import { startMaintenance } from './maintenance';

(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';
// Tells lib/auth/request.ts that CLIENT_ADDRESS_HEADER on a request was written here.
process.env[CLIENT_ADDRESS_FLAG] = '1';

const SHUTDOWN_GRACE_MS = 10_000;
// An idle kept-alive connection stays open longer than a client or load balancer keeps it (they
// commonly wait 60 s): with Node's 5 s a client reusing its connection just as the server closes it
// gets ECONNRESET.
const KEEP_ALIVE_MS = 65_000;
const globals = globalThis as unknown as { memberlineDb?: { $client: Database.Database }; memberlineShuttingDown?: boolean };

export async function serve(port = Number(process.env.PORT || 3000)): Promise<http.Server> {
  const trustedProxies = trustedProxyCount();
  const problem = publicOriginProblem();
  if (problem) console.warn(problem);
  const app = next({ dev: false, dir: process.cwd(), port, hostname: 'localhost' });
  await app.prepare();
  const handle = app.getRequestHandler();
  const secure = isHttpsSite();

  const server = http.createServer((req, res) => {
    if (refuseMalformedAddress(req, res)) return;
    const address = clientAddress({ socket: req.socket.remoteAddress, forwardedFor: req.headers['x-forwarded-for'], trustedProxies });
    req.headers[CLIENT_ADDRESS_HEADER] = address;
    // Without trusted proxies nothing downstream (Next included) may read what a client wrote
    // about its address, protocol or host: this server speaks plain HTTP to whoever connected.
    if (trustedProxies === 0) {
      req.headers['x-forwarded-for'] = address;
      req.headers['x-forwarded-proto'] = 'http';
      delete req.headers['x-forwarded-host'];
      delete req.headers['x-forwarded-port'];
    }
    finishResponses(req, res, secure);
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('The server could not answer this request.');
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const maintenance = startMaintenance();

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    globals.memberlineShuttingDown = true;
    console.log(`${signal}: finishing requests in flight, then closing the database.`);
    maintenance.stop();
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearTimeout(force);
      clearInterval(idle);
      void maintenance.done().finally(() => {
        globals.memberlineDb?.$client.close();
        console.log('Database closed. Bye.');
        process.exit(0);
      });
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await new Promise<void>((resolve) => server.listen(port, resolve));
  console.log(`Memberline on http://localhost:${port}${trustedProxies ? ` (behind ${trustedProxies} trusted prox${trustedProxies === 1 ? 'y' : 'ies'})` : ''}`);
  return server;
}

if (require.main === module) {
  serve().catch((error: unknown) => {
    console.error('The server could not start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
