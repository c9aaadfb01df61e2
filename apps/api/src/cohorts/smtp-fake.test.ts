// A fake SMTP server for the specs (named *.test.ts: excluded from the build, not run as a spec).
import { createServer, type Server, type Socket } from 'node:net';

export interface Received {
  commands: string[];
  data: string;
}

/** A fake SMTP server on a loopback port that records what it is told. */
export function fakeSmtp(options: { rejectRcpt?: boolean; requireAuth?: string } = {}) {
  const sessions: Received[] = [];
  const server: Server = createServer((socket: Socket) => {
    const got: Received = { commands: [], data: '' };
    sessions.push(got);
    let inData = false;
    let buffer = '';
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      if (inData) {
        const end = buffer.indexOf('\r\n.\r\n');
        if (end < 0) return;
        got.data = buffer.slice(0, end);
        buffer = buffer.slice(end + 5);
        inData = false;
        socket.write('250 queued\r\n');
      }
      let i: number;
      while (!inData && (i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        got.commands.push(line);
        if (line.startsWith('EHLO')) socket.write('250-fake\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n');
        else if (line.startsWith('AUTH PLAIN')) socket.write(line === `AUTH PLAIN ${options.requireAuth}` ? '235 ok\r\n' : '535 bad\r\n');
        else if (line.startsWith('MAIL FROM')) socket.write('250 ok\r\n');
        else if (line.startsWith('RCPT TO')) socket.write(options.rejectRcpt ? '550 no such user\r\n' : '250 ok\r\n');
        else if (line === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (line === 'QUIT') {
          socket.write('221 bye\r\n');
          socket.end();
        } else socket.write('500 what\r\n');
      }
    });
  });
  return new Promise<{ port: number; sessions: Received[]; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ port: (server.address() as { port: number }).port, sessions, close: () => new Promise((r) => server.close(() => r())) }),
    ),
  );
}
