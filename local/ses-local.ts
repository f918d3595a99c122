import type { Server } from 'node:http';
import sesLocalModule from 'aws-ses-v2-local';

export interface RunningSesLocal {
  endpoint: string;
  stop(): Promise<void>;
}

type StartSesLocal = (config: { host?: string; port?: number }) => Promise<Server>;

/** Starts aws-ses-v2-local (SES v1/v2 API, mail viewer at `/`, `GET /store`) on `port`. */
export async function startSesLocal(options: { port: number }): Promise<RunningSesLocal> {
  // The package is CommonJS: its default export arrives wrapped depending on the loader.
  const module = sesLocalModule as unknown as { default?: StartSesLocal } & StartSesLocal;
  const start = module.default ?? module;
  const server = await start({ host: '127.0.0.1', port: options.port });
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
