import { Module } from '@nestjs/common';
import { CurriculumFolder } from './curriculum-folder.js';
import { WorkspaceAccess } from './workspace-access.js';
import { WorkspaceEdits } from './workspace-edits.service.js';
import { WorkspaceExport } from './workspace-export.js';
import { WorkspaceSuggestions } from './workspace-suggestions.js';
import { WorkspaceResolver } from './workspace.resolver.js';
import { WorkspaceService } from './workspace.service.js';

/** The browser translation workspace over the curriculum folder's editions (issue 18). */
@Module({
  providers: [
    CurriculumFolder,
    WorkspaceAccess,
    WorkspaceSuggestions,
    WorkspaceService,
    WorkspaceEdits,
    WorkspaceExport,
    WorkspaceResolver,
  ],
})
export class WorkspaceModule {}
