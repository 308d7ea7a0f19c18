import { open, unlink } from 'node:fs/promises';
import type { NewSecret } from './sync-library';
import { usageError } from './usage-error';

/** The `--secrets-out` file: created before anything is applied, rewritten as each secret arrives. */
export interface SecretsFile {
  readonly path: string;
  /** How many secrets it holds. */
  readonly count: number;
  /** Adds a secret and rewrites the file, so a crash later in the apply loses none. */
  add(secret: NewSecret): Promise<void>;
  /** Writes the final array (`[]` when there were none) and closes the file. */
  close(): Promise<void>;
  /** Closes and removes the file when it holds nothing (a cancelled or failed apply), so a rerun may reuse the name. */
  closeOrDiscard(): Promise<void>;
}

/**
 * Creates `path` for new secrets with mode 0600 before the apply starts: a name that exists, a
 * missing or read-only folder is a usage error while nothing has changed yet, rather than
 * secrets lost after the provider made them. An existing file is never overwritten: it may hold
 * the secrets of an earlier apply.
 */
export async function createSecretsFile(path: string): Promise<SecretsFile> {
  let handle;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST'
      ? 'exists already, and apply never overwrites a secrets file: move it away or name a new one'
      : `cannot be created (${code ?? (error as Error).message})`;
    throw usageError('apply', `--secrets-out ${path} ${why}`, '--secrets-out');
  }
  const file = handle;
  const secrets: NewSecret[] = [];
  const rewrite = async () => {
    await file.truncate(0);
    await file.write(`${JSON.stringify(secrets, null, 2)}\n`, 0);
  };
  const close = async () => {
    try {
      await rewrite();
    } finally {
      await file.close();
    }
  };
  return {
    path,
    get count() { return secrets.length; },
    async add(secret) {
      secrets.push(secret);
      await rewrite();
    },
    close,
    async closeOrDiscard() {
      if (secrets.length > 0) return close();
      await file.close();
      await unlink(path);
    },
  };
}
