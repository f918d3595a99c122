import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every operator script in scripts/, and the two runners that take arguments, with its npm script name. */
const scripts = [
  { file: 'scripts/create-organiser-key.ts', usage: 'Usage: npm run organiser-key -- --event <eventId>' },
  { file: 'scripts/redrive-confirmations.ts', usage: 'Usage: npm run redrive -- [--local]' },
  { file: 'scripts/recount-dashboard.ts', usage: 'Usage: npm run recount-dashboard -- --event <eventId>' },
  // fuzz only ever reads the tables of a local `npm start`: it has no AWS setting to miss.
  { file: 'scripts/fuzz.ts', usage: 'Usage: npm run fuzz -- --requests <N>', localOnly: true },
  // Writes a file of the repository from the route table: no AWS at all.
  { file: 'scripts/write-openapi-document.ts', usage: 'Usage: npm run web:types', localOnly: true },
  // npm start and npm run bench start local servers only.
  { file: 'local/start.ts', usage: 'Usage: npm start', localOnly: true },
  { file: 'bench/run.ts', usage: 'Usage: npm run bench -- [--only <part>,…]', localOnly: true },
];

/** Runs a script the way `npm run` does (tsx), without AWS settings from the machine. */
function run(file: string, args: string[]) {
  const env = { PATH: process.env.PATH ?? '' };
  const result = spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { env, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(scripts)('$file', ({ file, usage }) => {
  it('answers --help with its usage and exit code 0', () => {
    const { status, stdout } = run(file, ['--help']);
    expect(status).toBe(0);
    expect(stdout.startsWith(usage)).toBe(true);
  });

  it('answers an unknown option with one sentence and the usage line, exit code 2, no stack trace', () => {
    const { status, stderr } = run(file, ['--no-such-option']);
    expect(status).toBe(2);
    expect(stderr).toContain("Unknown option '--no-such-option'");
    expect(stderr).toContain(usage);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names the missing setting instead of failing in the AWS SDK', (context) => {
    if ('localOnly' in scripts.find((script) => script.file === file)!) return context.skip();
    const args = file.includes('organiser-key') || file.includes('recount') ? ['--event', 'techdays-casablanca-2019'] : [];
    const { status, stderr } = run(file, args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^AWS_REGION is not set/);
  });
});

describe('--local without `npm start` running', () => {
  // A port nothing listens on: what a newcomer meets running the README's organiser-key line before `npm start`.
  const closedPort = '1';
  it.each([
    ['scripts/create-organiser-key.ts', ['--event', 'techdays-casablanca-2019', '--local']],
    ['scripts/redrive-confirmations.ts', ['--local']],
    ['scripts/recount-dashboard.ts', ['--event', 'techdays-casablanca-2019', '--local']],
  ])('%s says DynamoDB Local does not answer, and on which port, in one sentence (exit code 1, no stack trace)', (file, args) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', file, ...args], {
      env: { PATH: process.env.PATH ?? '', DYNAMODB_PORT: closedPort, AWS_MAX_ATTEMPTS: '1' }, encoding: 'utf8', timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `DynamoDB Local does not answer on port ${closedPort}: start \`npm start\` first, or set DYNAMODB_PORT to the port it uses.`,
    );
  });
});

describe('argument values', () => {
  it('refuses a fuzz run without a positive --requests', () => {
    const { status, stderr } = run('scripts/fuzz.ts', ['--requests', '0']);
    expect(status).toBe(2);
    expect(stderr).toContain('--requests must be a positive whole number.');
  });

  it('refuses an event id that is not one', () => {
    const { status, stderr } = run('scripts/create-organiser-key.ts', ['--event', 'Not An Id']);
    expect(status).toBe(2);
    expect(stderr).toContain('--event "Not An Id" is not an event id');
  });

  it('refuses a limit that is not a whole number', () => {
    const { status, stderr } = run('scripts/redrive-confirmations.ts', ['--limit', 'ten']);
    expect(status).toBe(2);
    expect(stderr).toContain('--limit "ten" is not a whole number from 1.');
  });
});

describe('package.json scripts', () => {
  const { scripts: npmScripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

  it.each(Object.entries(npmScripts))('%s runs a file that exists', (_name, command) => {
    for (const file of command.match(/[\w./-]+\.ts\b/g) ?? []) expect(existsSync(file), file).toBe(true);
    expect(command).not.toMatch(/--project\b/); // vitest.config.ts defines no projects
  });
});
