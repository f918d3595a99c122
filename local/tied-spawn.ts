import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * The shell between this process and the command. fd 3 is the read end of a pipe whose write end
 * only this process holds (the shell's stdin); end-of-file there means this process is gone, however
 * it ended, and the watcher kills the command. SIGTERM sent to the shell is passed on to the
 * command, and the shell exits with the command's status, so callers see the command's exit.
 * The watcher reads fd 3, not its stdin: POSIX gives a background list /dev/null as stdin.
 */
const watchdog = [
  'exec 3<&0',
  // Ctrl-C and a closed terminal signal the whole process group: the command ignores them (an
  // ignored signal stays ignored through exec), so the runner stops it last, after what uses it.
  `trap '' INT HUP`,
  '"$@" </dev/null & child=$!',
  '( while read -r _ <&3; do :; done; kill -KILL "$child" 2>/dev/null ) & watcher=$!',
  `trap 'kill -TERM "$child" 2>/dev/null' TERM`,
  'while :; do wait "$child"; status=$?; kill -0 "$child" 2>/dev/null || break; done',
  'kill "$watcher" 2>/dev/null',
  'exit "$status"',
].join('; '); // one line: `ps` shows the script among the arguments

/**
 * Spawns `command` so that it cannot outlive this process. An exit handler is not enough: SIGKILL
 * runs none, and an orphaned DynamoDB Local kept its port, so the next `npm start` could not start
 * (issue 19). Unix only, as `npm start` is.
 */
export function spawnTiedToThisProcess(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  const stdio = options.stdio === undefined || typeof options.stdio === 'string' ? [options.stdio ?? 'pipe', options.stdio ?? 'pipe'] : options.stdio.slice(1, 3);
  return spawn('/bin/sh', ['-c', watchdog, 'tied-spawn', command, ...args], { ...options, stdio: ['pipe', ...stdio] as SpawnOptions['stdio'] });
}
