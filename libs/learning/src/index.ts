// Pure learning rules shared by the API: drawing quiz attempts, grading, completion.
export * from './draw.js';
export * from './grade.js';
export * from './completion.js';
