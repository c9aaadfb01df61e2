// Public API of @academy/curriculum: the curriculum folder format, its loader, validator, renderer,
// translation freshness, edition overlays, release bundle and XLIFF exchange.
export * from './schemas/index.js';
export type { Problem, Severity, ValidationResult } from './problems.js';
export { formatProblem } from './problems.js';
export type {
  CurriculumModel, LoadOptions, LoadedFile, Localized, CourseEntry, ModuleEntry, AssessmentEntry, ExerciseEntry,
  PracticeEntry, CriteriaEntry,
} from './loader/model.js';
export type { FileKind, FileRef } from './loader/paths.js';
export { classifyPath, sourcePathOf, localePathOf } from './loader/paths.js';
export { loadCurriculum, readCurriculum, CurriculumLoadError, type ReadResult } from './loader/load.js';
export type { VirtualFile } from './edition/overlay.js';
export { validateCurriculum, checkCurriculum, type CheckResult } from './validate/validate.js';
export { hiddenLessons, hiddenLessonConflicts, type HiddenLessonConflict } from './validate/rules-hidden.js';
export { renderMarkdown, createMarkdownRenderer, renderPlainText, type RenderContext } from './markdown/render.js';
export { scanMarkdown, type MarkdownRef, type MarkdownScan } from './markdown/scan.js';
export { CALLOUT_KINDS, DEFAULT_URLS, type CalloutKind, type InternalUrls } from './markdown/syntax.js';
export { sourceHash } from './translation/hash.js';
export {
  translationStatus, type TranslationStatus, type StatusRow, type StatusItem, type LocaleSummary, type OverrideStatus,
  type ItemState, type RowState, type StatusRowKind,
} from './translation/status.js';
export { kitStatus, type KitStatus, type KitStatusRow, type KitStatusItem, type KitItemState, type KitLocaleSummary } from './translation/kit-status.js';
export { splitSlides, type SlideSource } from './kit/slides.js';
export { markdownToBlocks, plainTextToBlocks, type PrintBlock } from './kit/blocks.js';
export { renderSlideDeck, DECK_SCRIPT, DECK_SCRIPT_CSP, type DeckInput } from './kit/deck.js';
export { kitLabels, type KitLabels } from './kit/labels.js';
export { confirmTranslation, setTopLevelKey, type ConfirmResult } from './translation/confirm.js';
export { isReviewed, reviewHash, reviewTranslation, type ReviewResult } from './translation/review.js';
export { resolveLocaleChain, resolveLocalized, type LocaleManifest, type Resolved } from './translation/locale-chain.js';
export { folderContentHash, releaseContentHash } from './release/content-hash.js';
export { buildReleaseBundle } from './release/bundle.js';
export { compareReleaseVersions, isReleaseVersion } from './release/version.js';
export type * from './release/bundle-types.js';
export { exportXliff, type ExportOptions } from './xliff/export.js';
export { importXliff, type ImportReport } from './xliff/import.js';
export { runCli, USAGE, type Io } from './cli/run.js';
export { buildCartridge, zipCartridge, type Cartridge, type CartridgeInput, type CartridgeModule, type SkippedQuestion } from './cartridge/cartridge.js';
export { buildTranslation, extractSegments, type Segment } from './xliff/segments.js';
export * from './workspace/index.js';
