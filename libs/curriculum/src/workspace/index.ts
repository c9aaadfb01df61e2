// The browser workspace's building blocks: files and segments as the XLIFF export cuts them,
// per-segment checks, glossary terms and translation memory.
export { workspaceFiles, wordCount, type WorkspaceFile, type WorkspaceSegment } from './files.js';
export { checkSegment, type SegmentProblem } from './check.js';
export { segmentTerms, type SegmentTerm } from './glossary.js';
export { TranslationMemory, type MemoryEntry, type Suggestion } from './memory.js';
