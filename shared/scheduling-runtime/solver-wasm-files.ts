/**
 * The WebAssembly files the scheduler's solvers load next to their JavaScript (relative to the repository
 * root): CaDiCaL (cadical-wasm) and HiGHS (highs). Each package looks for its file beside the module that
 * loads it, so a bundle that solves must ship them beside index.mjs (FunctionCompute.bundledFiles).
 * Their own module so that the route table can name them without loading the solvers.
 */
export const solverWasmFiles = ['node_modules/cadical-wasm/dist/cadical.wasm', 'node_modules/highs/build/highs.wasm'];
