// Re-exports the typed operations generated per operations file (npm run codegen): pages import
// from here, and each page's bundle still carries only the operation files it uses.
export * from './operations/certificates.generated';
export * from './operations/cohorts.generated';
export * from './operations/curriculum.generated';
export * from './operations/identity.generated';
export * from './operations/interop.generated';
export * from './operations/jobs.generated';
export * from './operations/kit.generated';
export * from './operations/lcc.generated';
export * from './operations/learning.generated';
export * from './operations/live.generated';
export * from './operations/lti.generated';
export * from './operations/privacy.generated';
export * from './operations/reports.generated';
export * from './operations/workspace-adapt.generated';
export * from './operations/workspace-upstream.generated';
export * from './operations/workspace.generated';
export * from './operations/xapi.generated';
// Each generated module declares the same helper type; name one so the re-exports are unambiguous.
export type { Incremental } from './operations/identity.generated';
