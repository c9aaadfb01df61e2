// Bundled for the browser run of the LCC benchmark (see calculator.bench.ts).
import { measure } from './workload.js';

(globalThis as unknown as { lccBench: typeof measure }).lccBench = measure;
