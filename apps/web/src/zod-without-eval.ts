// The web build's `zod` (vite.config.ts aliases the bare specifier here): the same package,
// configured before any schema is built, so it never probes for `new Function`, which the
// Content-Security-Policy forbids and would report as a violation. Only pages that validate an
// LCC scenario load it, instead of every first page carrying zod's core to configure it.
import { config } from 'zod/v4';

config({ jitless: true });

export * from 'zod/v4';
