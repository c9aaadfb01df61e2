import { Module } from '@nestjs/common';
import { CurriculumModule } from '../curriculum/index.js';
import { CurriculumFolder } from './curriculum-folder.js';
import { WorkspaceAccess } from './workspace-access.js';
import { WorkspaceAdaptationFiles } from './workspace-adaptation-files.js';
import { WorkspaceAdaptationResolver } from './workspace-adaptation.resolver.js';
import { WorkspaceAdaptations } from './workspace-adaptation.service.js';
import { WorkspaceEdits } from './workspace-edits.service.js';
import { WorkspaceDraft } from './workspace-draft.js';
import { WorkspaceExport } from './workspace-export.js';
import { WorkspacePersonalData } from './personal-data.service.js';
import { WorkspacePreview } from './workspace-preview.js';
import { WorkspaceRelease } from './workspace-release.js';
import { WorkspaceReleaseResolver } from './workspace-release.resolver.js';
import { WorkspaceSuggestions } from './workspace-suggestions.js';
import { WorkspaceUpstream } from './workspace-upstream.js';
import { WorkspaceUpstreamResolver } from './workspace-upstream.resolver.js';
import { WorkspaceResolver } from './workspace.resolver.js';
import { WorkspaceService } from './workspace.service.js';

/** The browser translation workspace over the curriculum folder's editions (issue 18). */
@Module({
  imports: [CurriculumModule],
  providers: [
    CurriculumFolder,
    WorkspaceAccess,
    WorkspaceSuggestions,
    WorkspaceService,
    WorkspaceEdits,
    WorkspaceDraft,
    WorkspaceExport,
    WorkspaceRelease,
    WorkspacePreview,
    WorkspaceResolver,
    WorkspaceReleaseResolver,
    WorkspacePersonalData,
    WorkspaceUpstream,
    WorkspaceUpstreamResolver,
    WorkspaceAdaptationFiles,
    WorkspaceAdaptations,
    WorkspaceAdaptationResolver,
  ],
  exports: [WorkspacePersonalData],
})
export class WorkspaceModule {}
