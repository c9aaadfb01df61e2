// `npm run admin -- create --email you@city.example --name "Your Name"`
// Creates the first administrator (or makes an existing user an administrator).
// The password is asked for without echo, or read from ACADEMY_ADMIN_PASSWORD for scripts.
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config.js';
import { migrate, openDataSource } from '../database/data-source.js';
import { selectDatabase } from '../database/select-database.js';
import { IdentityService } from '../identity/identity.service.js';
import { LoginThrottle } from '../identity/login-throttle.js';
import { AccountNotices } from '../identity/account-notices.js';
import { passwordProblem, passwordProblemMessages } from '../identity/password-policy.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MailerService } from '../mail/mailer.service.js';
import { rotateIssuerKey } from '../certificates/issuer-keys.service.js';
import { parseCommandLine, UsageError } from './args.js';
import { readSecret } from './read-secret.js';

const usage = `Usage:
  npm run admin -- create --email <email> --name <display name>
      Creates the first administrator (or makes a user one). The password is asked for,
      or taken from ACADEMY_ADMIN_PASSWORD.
  npm run admin -- rotate-issuer-key
      Creates a new certificate signing key in the database (shared by every replica). Restart
      the academy (a rolling restart of every replica) to sign with it; certificates signed with
      the old key keep verifying.`;

async function main(): Promise<number> {
  const { positionals, values } = parseCommandLine({
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (positionals[0] === 'rotate-issuer-key' && !values.help) {
    const config = loadConfig();
    if (config.issuerPrivateJwk) {
      console.error(
        'ISSUER_PRIVATE_JWK is set: rotate by giving the academy a new key in that variable.',
      );
      return 2;
    }
    const database = await selectDatabase(config);
    try {
      const ds = await openDataSource(database.url);
      await migrate(ds);
      const key = await rotateIssuerKey(ds);
      await ds.destroy();
      console.log(
        `New signing key ${key.kid} stored in the database. Restart the academy (every replica) to sign with it.`,
      );
      return 0;
    } finally {
      await database.stop();
    }
  }
  if (values.help || positionals[0] !== 'create' || !values.email || !values.name) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
    console.error(`"${values.email}" is not an email address.`);
    return 2;
  }
  const password =
    process.env.ACADEMY_ADMIN_PASSWORD ?? (await readSecret('Password for the administrator: '));
  // The same policy as registration in the web app.
  const problem = passwordProblem(password, { email: values.email, displayName: values.name });
  if (problem) {
    console.error(passwordProblemMessages[problem]);
    return 2;
  }
  const config = loadConfig();
  const database = await selectDatabase(config);
  try {
    const ds = await openDataSource(database.url);
    await migrate(ds);
    const identity = new IdentityService(
      ds,
      new LoginThrottle(ds),
      new AccountNotices(new MailerService(ds, config, new JobsService(ds, config)), config),
    );
    const { created } = await identity.createAdmin(values.email, values.name, password);
    await ds.destroy();
    console.log(
      created
        ? `Created administrator ${values.email}.`
        : `${values.email} is now an administrator (password updated).`,
    );
    return 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`);
      process.exit(2);
    }
    console.error(
      error instanceof ConfigError
        ? error.message
        : `Failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
