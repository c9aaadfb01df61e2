import type { SupportedLocale } from '../identity/index.js';
import type { LtiProblem } from './lti.errors.js';
import { ltiPageTexts } from './lti-page-texts.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The page a failed login or launch shows: plain HTML (no scripts, no styles) under the strict
 * CSP, in the person's language; the technical message stays in English for the administrator.
 */
export function launchErrorPage(
  message: string,
  problem: string | undefined,
  locale: SupportedLocale = 'en',
): string {
  const t = ltiPageTexts(locale);
  const sentence = t.problems[problem as LtiProblem] ?? t.genericProblem;
  const next = t.advice[problem as LtiProblem] ?? t.defaultAdvice;
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.errorTitle)}</title></head>
<body>
<main>
<h1>${escapeHtml(t.errorHeading)}</h1>
<p id="problem">${escapeHtml(sentence)}</p>
<p>${escapeHtml(next)}</p>
<p><small>${escapeHtml(t.details)} <span lang="en">${escapeHtml(message)}</span>${
    problem ? ` ${escapeHtml(t.problemCode)} <code>${escapeHtml(problem)}</code>` : ''
  }</small></p>
<p><a href="/">${escapeHtml(t.goToAcademy)}</a></p>
</main>
</body>
</html>
`;
}

export interface PickerCourse {
  slug: string;
  title: string;
  modules: { slug: string; title: string; firstLesson: string | null }[];
}

/** The content selection page: one radio button per course and per module, posted to itself. */
export function pickerPage(
  id: string,
  courses: PickerCourse[],
  locale: SupportedLocale = 'en',
): string {
  const t = ltiPageTexts(locale);
  const radio = (value: string, label: string, checked: boolean) =>
    `<label><input type="radio" name="item" value="${escapeHtml(value)}"${checked ? ' checked' : ''}> ${escapeHtml(label)}</label>`;
  const list = courses
    .map(
      (c, i) => `<li>${radio(`course:${c.slug}`, `${t.course}: ${c.title}`, i === 0)}
<ul>${c.modules
        .filter((m) => m.firstLesson)
        .map((m) => `<li>${radio(`module:${m.slug}`, `${t.module}: ${m.title}`, false)}</li>`)
        .join('')}</ul></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.pickerTitle)}</title></head>
<body>
<main>
<h1>${escapeHtml(t.pickerTitle)}</h1>
${
  courses.length === 0
    ? `<p>${escapeHtml(t.pickerEmpty)}</p>`
    : `<form method="post" action="/lti/deep-link/${escapeHtml(id)}">
<fieldset><legend>${escapeHtml(t.pickerLegend)}</legend>
<ul>
${list}
</ul>
</fieldset>
<button type="submit">${escapeHtml(t.add)}</button>
</form>`
}
</main>
</body>
</html>
`;
}

/** Submits the form on load; allowed by its hash in the page's CSP (no other script runs). */
export const AUTO_POST_SCRIPT = 'document.forms[0].submit();';

/** Posts the signed LtiDeepLinkingResponse back to the platform (a button when scripts are off). */
export function autoPostPage(
  returnUrl: string,
  jwt: string,
  locale: SupportedLocale = 'en',
): string {
  const t = ltiPageTexts(locale);
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${escapeHtml(t.returning)}</title></head>
<body>
<main>
<h1>${escapeHtml(t.returning)}</h1>
<form method="post" action="${escapeHtml(returnUrl)}">
<input type="hidden" name="JWT" value="${escapeHtml(jwt)}">
<button type="submit">${escapeHtml(t.continue)}</button>
</form>
</main>
<script>${AUTO_POST_SCRIPT}</script>
</body>
</html>
`;
}

/** Tells the platform the registration is over (LTI-DR 3.6); allowed by its hash in the CSP. */
export const CLOSE_SCRIPT =
  "(window.opener || window.parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*');";

/** The end of a Dynamic Registration: what was registered, and a script asking the platform to close. */
export function registeredPage(
  platformName: string,
  issuer: string,
  locale: SupportedLocale = 'en',
): string {
  const t = ltiPageTexts(locale);
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.registeredTitle)}</title></head>
<body>
<main>
<h1>${escapeHtml(t.registeredTitle)}</h1>
<p id="registered">${escapeHtml(t.registeredBody)}</p>
<p><strong>${escapeHtml(platformName)}</strong> (<span lang="en">${escapeHtml(issuer)}</span>)</p>
<p>${escapeHtml(t.registeredClose)}</p>
</main>
<script>${CLOSE_SCRIPT}</script>
</body>
</html>
`;
}
