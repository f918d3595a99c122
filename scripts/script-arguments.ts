import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a script prints for `--help`, and on stderr with exit code 2 when its arguments are wrong. */
export interface ScriptUsage {
  /** One line: `npm run <script> -- <arguments>`. */
  usage: string;
  /** What the script does and what each option means, shown under the usage line by `--help`. */
  description: string;
}

/** Prints the usage line to stderr and ends the process with exit code 2 (a usage error). */
export function exitWithUsage(usage: ScriptUsage, problem: string): never {
  console.error(`${problem}\nUsage: ${usage.usage}\nRun with --help for details.`);
  process.exit(2);
}

/**
 * node:util parseArgs with a newcomer's error handling: `--help` prints the usage and exits 0; an
 * unknown option, a missing value or a positional argument prints one sentence and the usage line
 * (exit 2) instead of parseArgs' stack trace.
 */
export function parseScriptArguments<const O extends Options>(usage: ScriptUsage, options: O, args = process.argv.slice(2)) {
  const config = { args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false } as const;
  let values: Record<string, unknown>;
  try {
    values = parseArgs(config).values;
  } catch (error) {
    exitWithUsage(usage, error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(`Usage: ${usage.usage}\n\n${usage.description}`);
    process.exit(0);
  }
  return values as ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>>['values'];
}
