import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { hostname } from 'node:os';

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
}

export class SmtpError extends Error {
  constructor(message: string, readonly code?: number) {
    super(message);
  }
}

interface Reply {
  code: number;
  lines: string[];
}

/** Reads SMTP replies (possibly multi-line: `250-…` … `250 …`) from a socket, one at a time. */
class ReplyReader {
  private buffer = '';
  private pending: Reply[] = [];
  private waiter: { resolve: (r: Reply) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(private socket: Socket | TLSSocket) {
    this.attach(socket);
  }

  attach(socket: Socket | TLSSocket) {
    this.socket = socket;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('error', (e) => this.fail(e));
    socket.on('close', () => this.fail(new SmtpError('The SMTP server closed the connection.')));
  }

  private lines: string[] = [];
  private onData(chunk: string) {
    this.buffer += chunk;
    let i: number;
    while ((i = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, i).replace(/\r$/, '');
      this.buffer = this.buffer.slice(i + 1);
      this.lines.push(line);
      if (/^\d{3}(?: |$)/.test(line)) {
        const reply = { code: Number(line.slice(0, 3)), lines: this.lines.map((l) => l.slice(4)) };
        this.lines = [];
        if (this.waiter) {
          this.waiter.resolve(reply);
          this.waiter = null;
        } else this.pending.push(reply);
      }
    }
  }

  private fail(e: Error) {
    this.failure ??= e;
    this.waiter?.reject(e);
    this.waiter = null;
  }

  next(): Promise<Reply> {
    const ready = this.pending.shift();
    if (ready) return Promise.resolve(ready);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  detach() {
    this.socket.removeAllListeners('data');
    this.socket.removeAllListeners('error');
    this.socket.removeAllListeners('close');
  }
}

/** Lines starting with a dot get another dot (RFC 5321 §4.5.2); line ends become CRLF. */
export function dotStuff(text: string): string {
  return text
    .replace(/\r?\n/g, '\r\n')
    .split('\r\n')
    .map((l) => (l.startsWith('.') ? `.${l}` : l))
    .join('\r\n');
}

/** RFC 2047 encoded-word for non-ASCII subjects. */
const encodeHeader = (value: string) => (/^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`);
const address = (value: string) => value.replace(/^.*<([^>]+)>.*$/, '$1').trim();

/** Quoted-printable (RFC 2045 §6.7): readable ASCII stays as is, so dot-stuffing matters. */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r?\n/g, '\n')
    .split('\n')
    .map((line) => {
      let encoded = '';
      for (const byte of Buffer.from(line, 'utf8')) {
        const ch = String.fromCharCode(byte);
        encoded += (byte >= 33 && byte <= 126 && ch !== '=') || byte === 32 ? ch : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      }
      encoded = encoded.replace(/ $/, '=20');
      const parts: string[] = [];
      while (encoded.length > 75) {
        let cut = 75;
        const escape = encoded.lastIndexOf('=', cut - 1);
        if (escape > cut - 3) cut = escape; // never split an =XX escape
        parts.push(`${encoded.slice(0, cut)}=`);
        encoded = encoded.slice(cut);
      }
      parts.push(encoded);
      return parts.join('\r\n');
    })
    .join('\r\n');
}

export function formatMessage(m: MailMessage, now = new Date()): string {
  const body = quotedPrintable(m.text);
  return [
    `From: ${m.from}`,
    `To: ${m.to}`,
    `Subject: ${encodeHeader(m.subject)}`,
    `Date: ${now.toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    body,
  ].join('\r\n');
}

/**
 * A minimal SMTP client (RFC 5321): EHLO, STARTTLS when offered on smtp://, AUTH PLAIN when the
 * URL has credentials, MAIL FROM, RCPT TO, DATA, QUIT. `smtps://` connects with TLS at once.
 * No pooling: invitations are few and sent one at a time.
 */
export async function sendMail(smtpUrl: string, message: MailMessage, timeoutMs = 15_000): Promise<void> {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (secure ? 465 : 587));
  let socket: Socket | TLSSocket = secure ? tlsConnect({ host, port, servername: host }) : netConnect({ host, port });
  socket.setTimeout(timeoutMs, () => socket.destroy(new SmtpError('The SMTP server did not answer in time.')));
  const reader = new ReplyReader(socket);
  const expect = async (codes: number[], what: string) => {
    const reply = await reader.next();
    if (!codes.includes(reply.code)) throw new SmtpError(`SMTP ${what} failed: ${reply.code} ${reply.lines.join(' ')}`, reply.code);
    return reply;
  };
  const command = async (line: string, codes: number[], what = line.split(' ')[0] ?? line) => {
    socket.write(`${line}\r\n`);
    return expect(codes, what);
  };
  try {
    await expect([220], 'greeting');
    const me = hostname() || 'localhost';
    let ehlo = await command(`EHLO ${me}`, [250]);
    if (!secure && ehlo.lines.some((l) => /^STARTTLS\b/i.test(l))) {
      await command('STARTTLS', [220]);
      reader.detach();
      socket = await new Promise<TLSSocket>((resolve, reject) => {
        const upgraded = tlsConnect({ socket, servername: host }, () => resolve(upgraded));
        upgraded.once('error', reject);
      });
      reader.attach(socket);
      ehlo = await command(`EHLO ${me}`, [250]);
    }
    if (url.username) {
      const credentials = Buffer.from(`\0${decodeURIComponent(url.username)}\0${decodeURIComponent(url.password)}`).toString('base64');
      await command(`AUTH PLAIN ${credentials}`, [235], 'AUTH');
    }
    await command(`MAIL FROM:<${address(message.from)}>`, [250], 'MAIL FROM');
    await command(`RCPT TO:<${address(message.to)}>`, [250, 251], 'RCPT TO');
    await command('DATA', [354]);
    await command(`${dotStuff(formatMessage(message))}\r\n.`, [250], 'message');
    await command('QUIT', [221]).catch(() => undefined);
  } finally {
    socket.end();
  }
}
