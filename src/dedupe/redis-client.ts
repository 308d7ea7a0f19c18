import { ConfigurationError } from '../errors';

/** What hookbridge uses of a node-redis client (v4 or later): `sendCommand(['SET', ...])`. */
export interface NodeRedisLikeClient {
  sendCommand(args: string[]): Promise<unknown>;
}

/** What hookbridge uses of an ioredis client: `call('SET', ...)`. */
export interface IoRedisLikeClient {
  call(command: string, ...args: string[]): Promise<unknown>;
}

/**
 * The app's own Redis client, node-redis or ioredis, already configured (and, for node-redis,
 * connected). hookbridge imports neither: it sends raw commands through the one method each has.
 */
export type RedisLikeClient = NodeRedisLikeClient | IoRedisLikeClient;

/** Sends one command (`['SET', key, value, ...]`) and resolves with the reply. */
export type RedisCommand = (args: string[]) => Promise<unknown>;

/**
 * How to send raw commands through `client`: ioredis's `call`, else node-redis's `sendCommand`
 * (ioredis has a `sendCommand` too, taking a `Command` object, so `call` is checked first).
 */
export function redisCommandOf(client: unknown): RedisCommand {
  const candidate = client as Partial<IoRedisLikeClient & NodeRedisLikeClient> | null | undefined;
  if (typeof candidate?.call === 'function') return ([command, ...args]) => candidate.call!(command!, ...args);
  if (typeof candidate?.sendCommand === 'function') return (args) => candidate.sendCommand!(args);
  throw new ConfigurationError(
    'redisDedupeStore: pass your own Redis client, a node-redis client (createClient() from "redis", v4 or later, connected) ' +
      'or an ioredis client (new Redis() from "ioredis"); this value has neither call() nor sendCommand().',
  );
}

/** A reply as text: node-redis and ioredis give strings, or Buffers when asked to. */
export function replyText(reply: unknown): string | null {
  if (reply === null || reply === undefined) return null;
  if (typeof reply === 'string') return reply;
  return reply instanceof Uint8Array ? new TextDecoder().decode(reply) : String(reply);
}
