/** Claim names of LTI 1.3 Core (https://www.imsglobal.org/spec/lti/v1p3/). */
const LTI = 'https://purl.imsglobal.org/spec/lti/claim';
export const CLAIM = {
  messageType: `${LTI}/message_type`,
  version: `${LTI}/version`,
  deploymentId: `${LTI}/deployment_id`,
  targetLinkUri: `${LTI}/target_link_uri`,
  resourceLink: `${LTI}/resource_link`,
  roles: `${LTI}/roles`,
  custom: `${LTI}/custom`,
  launchPresentation: `${LTI}/launch_presentation`,
} as const;

/** Claim names of Deep Linking 2.0 (https://www.imsglobal.org/spec/lti-dl/v2p0). */
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim';
export const DL_CLAIM = {
  settings: `${DL}/deep_linking_settings`,
  contentItems: `${DL}/content_items`,
  data: `${DL}/data`,
} as const;

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/**
 * Where a launch opens, as a path of the academy: the resource link's custom parameters
 * (`course=<slug>`, or `module=<slug>` with `lesson=<slug>` or `lesson=quiz`), else the
 * target_link_uri when it points into this academy (never elsewhere: no open redirect), else the
 * dashboard.
 */
export function launchTarget(
  custom: Record<string, unknown> | undefined,
  targetLinkUri: unknown,
  origin: string,
): string {
  const param = (name: string) => {
    const value = custom?.[name];
    return typeof value === 'string' && SLUG.test(value.trim()) ? value.trim() : undefined;
  };
  const module = param('module');
  const lesson = param('lesson');
  const course = param('course');
  if (module && lesson) return `/learn/${module}/${lesson}`;
  if (course) return `/courses/${course}`;
  if (typeof targetLinkUri === 'string') {
    try {
      const url = new URL(targetLinkUri);
      const path = url.pathname;
      if (url.origin === origin && !path.startsWith('/lti/') && !path.startsWith('//'))
        return `${path}${url.search}${url.hash}`;
    } catch {
      // not a URL: fall through to the dashboard
    }
  }
  return '/dashboard';
}

/** The person's name as the platform gives it, or undefined. */
export function displayNameOf(claims: Record<string, unknown>): string | undefined {
  const text = (key: string) => (typeof claims[key] === 'string' ? claims[key].trim() : '');
  const name = text('name') || [text('given_name'), text('family_name')].filter(Boolean).join(' ');
  return name || undefined;
}
