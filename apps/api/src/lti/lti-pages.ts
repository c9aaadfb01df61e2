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
