import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The raw message as received (headers and MIME parts). */
  raw: string;
  messageId: string | null;
  subject: string | null;
}

export interface TestSmtp {
  port: number;
  url: string;
  received: ReceivedMail[];
  /**
   * Holds every message's reply (the "250 OK" that accepts it) until `release()`, as a slow mail
   * server would. A message whose client disconnects before the reply is not accepted (not
   * recorded): by SMTP, the sender must treat it as not sent.
   */
  hold(): void;
  /** Replies to the held messages that are still connected; returns how many were dropped. */
  release(): number;
  /** Resolves once at least `count` messages arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

const header = (raw: string, name: string) => {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const m = new RegExp(`^${name}:[ \\t]*((?:.*)(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
  return m ? m[1]!.replace(/\r?\n[ \t]+/g, ' ').trim() : null;
};

/**
 * A real SMTP server (the `smtp-server` package) on a loopback port, for tests: it accepts every
 * message (any or no login) and records each delivery, so a message sent twice is seen twice.
 */
export async function startTestSmtp(
  options: { auth?: { user: string; pass: string }; port?: number } = {},
): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const closed = new Set<string>();
  let held: { session: string; accept: () => void }[] | null = null;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: !options.auth,
    ...(options.auth ? { authMethods: ['PLAIN', 'LOGIN'] } : {}),
    logger: false,
    maxClients: 50,
    onAuth(auth, _session, callback) {
      if (
        options.auth &&
        auth.username === options.auth.user &&
        auth.password === options.auth.pass
      )
        return callback(null, { user: auth.username });
      callback(new Error('Invalid username or password'));
    },
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const accept = () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            messageId: header(raw, 'Message-ID'),
            subject: header(raw, 'Subject'),
          });
          callback();
        };
        if (held) held.push({ session: session.id, accept });
        else accept();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: options.auth
      ? `smtp://${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@127.0.0.1:${port}`
      : `smtp://127.0.0.1:${port}`,
    received,
    hold() {
      held ??= [];
    },
    release() {
      const waiting = held ?? [];
      held = null;
      let dropped = 0;
      for (const message of waiting) {
        if (closed.has(message.session)) dropped++;
        else message.accept();
      }
      return dropped;
    },
    async waitFor(count, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until)
          throw new Error(
            `Expected ${count} messages, got ${received.length} within ${timeoutMs} ms`,
          );
        await new Promise((r) => setTimeout(r, 25));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The decoded text of a received message's parts (quoted-printable soft breaks undone). */
export function plainOf(mail: ReceivedMail): string {
  return mail.raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}
