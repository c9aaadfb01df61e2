import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, ForbiddenReason } from '../common/errors.js';

/** When the module opens for this learner, if it is still closed to them; null when open. */
export type ModuleGate = (userId: string, module: string) => Promise<Date | null>;

/**
 * Whether a learner may open a module now, decided by features the curriculum does not depend
 * on (e.g. a cohort's unlock dates). Lesson bodies, lesson progress and quiz starts ask here, so
 * the date holds on the server, not only in the web app's outline.
 */
@Injectable()
export class ModuleGates {
  private readonly gates: ModuleGate[] = [];

  register(gate: ModuleGate): void {
    this.gates.push(gate);
  }

  /** Throws FORBIDDEN with reason MODULE_LOCKED and `unlocksAt` (the latest date of any gate). */
  async assertOpen(userId: string, module: string): Promise<void> {
    if (this.gates.length === 0) return;
    const dates = (await Promise.all(this.gates.map((gate) => gate(userId, module)))).filter((d): d is Date => d !== null);
    if (dates.length === 0) return;
    const unlocksAt = new Date(Math.max(...dates.map((d) => d.getTime()))).toISOString();
    throw new AppError(ErrorCode.Forbidden, `The module "${module}" opens for your cohort at ${unlocksAt}.`, {
      reason: ForbiddenReason.ModuleLocked,
      module,
      unlocksAt,
    });
  }
}
