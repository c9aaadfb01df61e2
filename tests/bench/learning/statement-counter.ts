// A loopback TCP proxy in front of PostgreSQL that counts the statements clients send
// (simple-protocol Query and extended-protocol Execute messages), so a benchmark can report
// SQL statements per request of a server it only sees from the outside.
import { createConnection, createServer, type Server } from 'node:net';

export interface StatementCounter {
  port: number;
  count(): number;
  close(): Promise<void>;
}

export function countingProxy(targetHost: string, targetPort: number): Promise<StatementCounter> {
  let statements = 0;
  const server: Server = createServer((client) => {
    const upstream = createConnection(targetPort, targetHost);
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      // The startup message has no type byte: length (4) + protocol/version (4) + parameters.
      if (!started) {
        if (buffer.length < 4) return;
        const len = buffer.readInt32BE(0);
        if (buffer.length < len) return;
        buffer = buffer.subarray(len);
        started = true;
      }
      while (buffer.length >= 5) {
        const type = String.fromCharCode(buffer[0]!);
        const len = buffer.readInt32BE(1);
        if (buffer.length < len + 1) break;
        if (type === 'Q' || type === 'E') statements++;
        buffer = buffer.subarray(len + 1);
      }
    });
    upstream.on('data', (d) => client.write(d));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as { port: number }).port,
        count: () => statements,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}
