import { fakeSmtp } from './smtp-fake.test.js';
import { dotStuff, sendMail } from './smtp.js';

describe('SMTP client', () => {
  it('doubles leading dots and normalises line ends', () => {
    expect(dotStuff('a\n.b\r\n..c')).toBe('a\r\n..b\r\n...c');
  });

  it('sends EHLO, AUTH PLAIN, MAIL FROM, RCPT TO, DATA and QUIT to a server', async () => {
    const auth = Buffer.from('\0host@x.test\0s3cret pw').toString('base64');
    const srv = await fakeSmtp({ requireAuth: auth });
    try {
      await sendMail(`smtp://host%40x.test:s3cret%20pw@127.0.0.1:${srv.port}`, {
        from: 'Academy <academy@x.test>',
        to: 'anna@x.test',
        subject: 'Einladung: Kohorte Köln',
        text: 'Hello\n.this line starts with a dot\nBye',
      });
      const s = srv.sessions[0]!;
      expect(s.commands[0]).toMatch(/^EHLO /);
      expect(s.commands.slice(1)).toEqual([`AUTH PLAIN ${auth}`, 'MAIL FROM:<academy@x.test>', 'RCPT TO:<anna@x.test>', 'DATA', 'QUIT']);
      expect(s.data).toContain('To: anna@x.test');
      expect(s.data).toMatch(/Subject: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=/);
      // On the wire the dot is doubled; the server removes it again (RFC 5321 §4.5.2).
      expect(s.data.split('\r\n\r\n')[1]).toBe('Hello\r\n..this line starts with a dot\r\nBye');
    } finally {
      await srv.close();
    }
  });

  it('skips AUTH without credentials and encodes non-ASCII text as quoted-printable', async () => {
    const srv = await fakeSmtp();
    try {
      await sendMail(`smtp://127.0.0.1:${srv.port}`, { from: 'a@x.test', to: 'b@x.test', subject: 'x', text: `Grüße = ${'x'.repeat(90)}` });
      expect(srv.sessions[0]!.commands.some((c) => c.startsWith('AUTH'))).toBe(false);
      const data = srv.sessions[0]!.data;
      expect(data).toContain('Content-Type: text/plain; charset=utf-8');
      const body = data.split('\r\n\r\n')[1]!;
      expect(body.startsWith('Gr=C3=BC=C3=9Fe =3D ')).toBe(true);
      for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
      expect(body.replace(/=\r\n/g, '')).toBe(`Gr=C3=BC=C3=9Fe =3D ${'x'.repeat(90)}`);
    } finally {
      await srv.close();
    }
  });

  it('fails with the server’s reply when a recipient is refused or the password is wrong', async () => {
    const srv = await fakeSmtp({ rejectRcpt: true, requireAuth: 'x' });
    try {
      await expect(sendMail(`smtp://127.0.0.1:${srv.port}`, { from: 'a@x.test', to: 'b@x.test', subject: 's', text: 't' })).rejects.toThrow(/RCPT TO failed: 550/);
      await expect(sendMail(`smtp://u:p@127.0.0.1:${srv.port}`, { from: 'a@x.test', to: 'b@x.test', subject: 's', text: 't' })).rejects.toThrow(/AUTH failed: 535/);
    } finally {
      await srv.close();
    }
  });
});
