// The workspace feature's public entry (see docs/decisions/0009). It owns editor_editions,
// workspace_segments and workspace_comments.
export { WorkspaceModule } from './workspace.module.js';
