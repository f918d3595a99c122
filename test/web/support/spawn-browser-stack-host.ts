import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repositoryRoot } from '../../../local/load-handler';
import { spawnTiedToThisProcess } from '../../../local/tied-spawn';

export interface BrowserStackHost {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts browser-stack-host.ts as a child of the test runner (it dies with it, even by SIGKILL) and
 * waits for the line giving its address. It starts nothing heavy until a browser test file asks.
 */
export async function spawnBrowserStackHost(dynamodbEndpoint: string, sesEndpoint: string): Promise<BrowserStackHost> {
  const script = join(repositoryRoot, 'test/web/support/browser-stack-host.ts');
  const child = spawnTiedToThisProcess(process.execPath, ['--import', 'tsx', script, dynamodbEndpoint, sesEndpoint], { cwd: repositoryRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    void exited.then(([code]) => reject(new Error(`browser stack host exited with ${String(code)} before it listened`)));
    lines.on('line', (line) => {
      const address = /^browser-stack-host (\S+)$/.exec(line)?.[1];
      // Anything else is the stack's own log (warnings of the functions): passed on.
      if (address) resolve(address);
      else process.stdout.write(`${line}\n`);
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
