/**
 * The WebAssembly file cadical-wasm loads next to its JavaScript (relative to the repository root): a
 * bundle that uses the SAT solver must ship it beside index.mjs (FunctionCompute.bundledFiles).
 * Its own module so that the route table can name it without loading the solver.
 */
export const satSolverWasmFile = 'node_modules/cadical-wasm/dist/cadical.wasm';
