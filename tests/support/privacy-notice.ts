import type { Page } from 'playwright-core';
import { loadConfig } from '../../apps/api/src/config/config.js';
import { privacyNotice } from '../../apps/api/src/config/privacy-notice.js';
import { interfaceMessages } from './messages.js';

/**
 * The privacy notice version an academy started without privacy settings serves: a registration
 * must accept it (`privacyNoticeVersion` in RegisterInput). Browser tests tick the box instead.
 */
export const NOTICE_VERSION = privacyNotice(loadConfig({}).privacy).version;

/** Ticks the register form's consent to the privacy notice, labelled in the page's language. */
export async function acceptPrivacyNotice(page: Page, locale = 'en'): Promise<void> {
  const label = interfaceMessages(locale)['privacy.consent.label'];
  if (!label) throw new Error(`No privacy.consent.label in ${locale}`);
  await page.getByLabel(label).check();
}
