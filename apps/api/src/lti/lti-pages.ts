import { LtiProblem } from './lti.errors.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** What the person (or the platform's administrator) can do about each problem. */
const advice: Partial<Record<LtiProblem, string>> = {
  [LtiProblem.UnknownIssuer]:
    'An administrator of the academy registers the platform under Admin → Learning platforms (LTI).',
  [LtiProblem.UnknownClient]:
    'Check that the client ID registered in the academy is the one the platform shows for this tool.',
  [LtiProblem.UnknownDeployment]:
    'An administrator of the academy adds this deployment ID to the platform’s registration.',
  [LtiProblem.BadSignature]:
    'Check the platform’s public keyset URL in the academy’s registration.',
  [LtiProblem.PlatformKeysUnavailable]:
    'Check the platform’s public keyset URL in the academy’s registration, and that the academy can reach it.',
  [LtiProblem.WrongAudience]:
    'Check that the client ID registered in the academy is the one the platform shows for this tool.',
  [LtiProblem.ExpiredToken]: 'Open the activity again from your learning platform.',
  [LtiProblem.ExpiredLogin]: 'Open the activity again from your learning platform.',
  [LtiProblem.ReplayedNonce]: 'Open the activity again from your learning platform.',
  [LtiProblem.UnknownState]: 'Open the activity again from your learning platform.',
};

/** The page a failed login or launch shows: plain HTML (no scripts, no styles) under the strict CSP. */
export function launchErrorPage(message: string, problem: string | undefined): string {
  const next =
    advice[problem as LtiProblem] ??
    'Open the activity again from your learning platform; if it keeps failing, tell its administrator.';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The academy could not be opened</title></head>
<body>
<main>
<h1>The academy could not be opened from your learning platform</h1>
<p id="problem">${escapeHtml(message)}</p>
<p>${escapeHtml(next)}</p>
${problem ? `<p><small>Problem code: <code>${escapeHtml(problem)}</code></small></p>` : ''}
<p><a href="/">Go to the academy</a></p>
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
export function pickerPage(id: string, courses: PickerCourse[]): string {
  const radio = (value: string, label: string, checked: boolean) =>
    `<label><input type="radio" name="item" value="${escapeHtml(value)}"${checked ? ' checked' : ''}> ${escapeHtml(label)}</label>`;
  const list = courses
    .map(
      (c, i) => `<li>${radio(`course:${c.slug}`, `Course: ${c.title}`, i === 0)}
<ul>${c.modules
        .filter((m) => m.firstLesson)
        .map((m) => `<li>${radio(`module:${m.slug}`, `Module: ${m.title}`, false)}</li>`)
        .join('')}</ul></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Add a course or module of the academy</title></head>
<body>
<main>
<h1>Add a course or module of the academy</h1>
${
  courses.length === 0
    ? '<p>The academy has no courses yet.</p>'
    : `<form method="post" action="/lti/deep-link/${escapeHtml(id)}">
<fieldset><legend>What should the activity open?</legend>
<ul>
${list}
</ul>
</fieldset>
<button type="submit">Add to the course</button>
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
export function autoPostPage(returnUrl: string, jwt: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Returning to your learning platform</title></head>
<body>
<main>
<h1>Returning to your learning platform…</h1>
<form method="post" action="${escapeHtml(returnUrl)}">
<input type="hidden" name="JWT" value="${escapeHtml(jwt)}">
<button type="submit">Continue</button>
</form>
</main>
<script>${AUTO_POST_SCRIPT}</script>
</body>
</html>
`;
}
