import type { AppConfig } from './config.js';

/**
 * Settings that work but deserve a word at start-up. Without PUBLIC_URL in production, links in
 * pages and PDFs follow each request's origin (forwarded headers count only from proxies TRUST_PROXY trusts),
 * while emails, calendars and the issuer id in signed certificates, made without a request, point
 * at localhost.
 */
export function startupWarnings(
  config: Pick<AppConfig, 'production' | 'publicUrl' | 'trustProxy'>,
): string[] {
  const warnings: string[] = [];
  if (config.production && !config.publicUrl) {
    warnings.push(
      'PUBLIC_URL is not set. Share links and certificate PDFs use the address of each request' +
        (config.trustProxy ? ' (as forwarded by the proxy)' : '') +
        ', but emails, calendar feeds and the issuer of signed certificates point at localhost. Set PUBLIC_URL to the public address, e.g. https://academy.example.org.',
    );
  }
  return warnings;
}
