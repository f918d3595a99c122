/** B2B meeting scheduling: public API. */
export * from './model';
export { solveSchedule, DEFAULT_TIME_LIMIT_MS, DEFAULT_IDLE_WEIGHT } from './solver';
export { validateSchedule, type Violation, type ViolationKind, type ValidateOptions } from './validator';
export { computeFigures, type FiguresReport } from './figures';
export { coverageUpperBound, type CoverageBound } from './coverage-bound';
export { SchedulingInputError } from './compile';
