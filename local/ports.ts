import net from 'node:net';

/** Resolves when `port` can be bound on the loopback interface, otherwise rejects with a clear message. */
export function assertPortFree(port: number, purpose: string, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(new Error(`Port ${port} (${purpose}) is already in use. Stop whatever uses it, or choose another port with ${variable}=<port>.`)),
    );
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** A port the operating system considers free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
