/** Roles on top of "learner", which every signed-in user is (stored on users.roles by identity). */
export const grantableRoles = ['host', 'editor', 'admin', 'org-manager'] as const;
export type GrantableRole = (typeof grantableRoles)[number];
