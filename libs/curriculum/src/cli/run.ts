import { readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkCurriculum } from '../validate/validate.js';
import { formatProblem, type Problem } from '../problems.js';
import { readCurriculum } from '../loader/load.js';
import { translationStatus } from '../translation/status.js';
import { confirmTranslation } from '../translation/confirm.js';
import { reviewTranslation } from '../translation/review.js';
import { exportXliff } from '../xliff/export.js';
import { importXliff } from '../xliff/import.js';
import { defaultRoot, parseArgs, stringFlag, UsageError, type ParsedArgs } from './args.js';
import { formatStatus } from './format-status.js';

export const USAGE = `Usage: npm run curriculum -- <command> [options]

Commands:
  validate [--edition ID] [--json]            every problem as path:line: message (no --edition: core and every edition)
  status [--locale nl] [--edition ID] [--json] translation status per module and locale
  confirm <file>...                            mark a translation as checked (rewrites its sourceHash)
  review <file>... --by "Name, role"           record that a native-speaking expert reviewed a current translation
  export-xliff --locale de [--module M] [--edition ID] [--out file]   XLIFF 2.0 for translators
  import-xliff <file>                          write an XLIFF 2.0 file's translations back into the folder
  release [--edition ID]                       run by the API: npm run curriculum:release

Options:
  --root DIR   curriculum folder (default: curriculum/ of the repository found from the current directory)`;

export interface Io {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

/** Runs one CLI command and returns the exit code (1 on validation errors, 2 on usage errors). */
export function runCli(argv: readonly string[], io: Io): number {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values['help'] === true) {
    io.out(USAGE);
    return 0;
  }
  const root = resolve(io.cwd, stringFlag(args, 'root') ?? defaultRoot(io.cwd));
  try {
    switch (args.command) {
      case 'validate':
        return validate(root, args, io);
      case 'status':
        return status(root, args, io);
      case 'confirm':
        return confirm(root, args, io);
      case 'review':
        return review(root, args, io);
      case 'export-xliff':
        return exportCommand(root, args, io);
      case 'import-xliff':
        return importCommand(root, args, io);
      case 'release':
        io.err('release is run by the API: npm run curriculum:release');
        return 1;
      case undefined:
      case 'help':
      case '--help':
        io.out(USAGE);
        return args.command ? 0 : 2;
      default:
        io.err(`unknown command "${args.command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

function editionsOf(root: string): string[] {
  const dir = join(root, 'editions');
  return existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'edition.yaml'))).sort() : [];
}

function validate(root: string, args: ParsedArgs, io: Io): number {
  const edition = stringFlag(args, 'edition');
  const runs = edition !== undefined ? [edition] : [undefined, ...editionsOf(root)];
  const seen = new Set<string>();
  const all: Problem[] = [];
  for (const ed of runs) {
    const r = checkCurriculum(root, { edition: ed });
    for (const p of [...r.errors, ...r.warnings]) {
      const line = formatProblem(p);
      if (seen.has(line)) continue;
      seen.add(line);
      all.push(p);
    }
  }
  const errors = all.filter((p) => p.severity === 'error');
  const warnings = all.filter((p) => p.severity === 'warning');
  if (args.values['json'] === true) io.out(JSON.stringify({ errors, warnings }, null, 2));
  else {
    for (const p of [...errors, ...warnings]) io.out(formatProblem(p));
    io.out(`${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);
  }
  return errors.length ? 1 : 0;
}

function status(root: string, args: ParsedArgs, io: Io): number {
  const { model } = readCurriculum(root, { edition: stringFlag(args, 'edition') });
  const s = translationStatus(model, { locale: stringFlag(args, 'locale') });
  io.out(args.values['json'] === true ? JSON.stringify(s, null, 2) : formatStatus(s));
  return 0;
}

function confirm(root: string, args: ParsedArgs, io: Io): number {
  if (!args.positional.length) {
    io.err('confirm needs at least one translation file');
    return 2;
  }
  const sourceLocale = readCurriculum(root).model.sourceLocale;
  for (const file of args.positional) {
    const r = confirmTranslation(root, resolve(io.cwd, file), sourceLocale);
    io.out(`${r.file}: sourceHash ${r.changed ? `${r.previous ?? '(none)'} → ${r.sourceHash}` : `${r.sourceHash} (unchanged)`}`);
  }
  return 0;
}

function review(root: string, args: ParsedArgs, io: Io): number {
  const by = stringFlag(args, 'by');
  if (!args.positional.length || !by) {
    io.err('review needs at least one translation file and --by "Name, role"');
    return 2;
  }
  const sourceLocale = readCurriculum(root).model.sourceLocale;
  for (const file of args.positional) {
    const r = reviewTranslation(root, resolve(io.cwd, file), by, sourceLocale);
    io.out(`${r.file}: reviewed by ${r.reviewedBy}`);
  }
  return 0;
}

function exportCommand(root: string, args: ParsedArgs, io: Io): number {
  const locale = stringFlag(args, 'locale');
  if (!locale) {
    io.err('export-xliff needs --locale');
    return 2;
  }
  const { model } = readCurriculum(root, { edition: stringFlag(args, 'edition') });
  const xml = exportXliff(model, { locale, module: stringFlag(args, 'module') });
  const out = stringFlag(args, 'out');
  if (out) {
    writeFileSync(resolve(io.cwd, out), xml);
    io.err(`wrote ${out}`);
  } else io.out(xml);
  return 0;
}

function importCommand(root: string, args: ParsedArgs, io: Io): number {
  const file = args.positional[0];
  if (!file) {
    io.err('import-xliff needs an XLIFF file');
    return 2;
  }
  const report = importXliff(root, resolve(io.cwd, file));
  for (const line of report.lines) io.out(line);
  return report.ok ? 0 : 1;
}
