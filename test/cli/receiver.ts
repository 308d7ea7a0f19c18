import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeWebhookMiddleware } from '../../providers/catalogue/signing';
import type { InboundEvent } from '../../src/model';
import type { KnownProviderId } from '../../providers/catalogue/clients';

/** A receiver that verifies like an app would (the package's Node middleware) and keeps what it accepted. */
export interface VerifyingReceiver {
  url: string;
  events: InboundEvent[];
  close(): Promise<void>;
}

/** Starts a verifying receiver for `provider` on 127.0.0.1, trusting `secret`. */
export async function startVerifyingReceiver(provider: KnownProviderId, secret: string): Promise<VerifyingReceiver> {
  const events: InboundEvent[] = [];
  const handle = createNodeWebhookMiddleware({ provider, secret, onEvent: (event) => { events.push(event); }, onError: () => {} });
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`,
    events,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
