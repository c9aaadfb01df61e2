// The workspace feature's public entry (see docs/decisions/0009). It owns editor_editions,
// workspace_segments and workspace_comments; publishes edition releases through the curriculum's importer.
export { WorkspaceModule } from './workspace.module.js';
export { WorkspacePersonalData } from './personal-data.service.js';
