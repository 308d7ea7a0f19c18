import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../../src/errors';
import { signWebhook, verifyWebhook } from '../../../providers/catalogue/signing';
import { dialnexaSigning } from '../../../providers/dialnexa/signing-scheme';
import { callEnded, DIALNEXA_SECRET, expectFailure } from './fixtures';

function detachedView(text: string): Uint8Array<ArrayBuffer> {
  const view = new TextEncoder().encode(text);
  structuredClone(view.buffer, { transfer: [view.buffer] }); // moves its bytes away: the buffer is detached
  return view;
}
const detachedBuffer = (text: string) => detachedView(text).buffer;

describe('verifyWebhook and signWebhook called without usable options', () => {
  it.each([
    ['no options', undefined],
    ['null', null],
    ['a string', 'dialnexa'],
  ])('given %s, fail with a ConfigurationError showing the options to pass, never a TypeError', async (_, options) => {
    for (const call of [() => verifyWebhook(options as never), () => signWebhook(options as never), () => dialnexaSigning.verify(options as never), () => dialnexaSigning.sign(options as never)]) {
      const error = await call().then(() => undefined, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).not.toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/needs one options object, e\.g\. (verify|sign)(Webhook)?\(\{/);
    }
  });
});

describe('a detached body', () => {
  it('an ArrayBuffer or a Uint8Array over one fails verification with body_not_raw, saying it is detached', async () => {
    for (const body of [detachedBuffer(callEnded), detachedView(callEnded)]) {
      const error = await expectFailure(verifyWebhook({ provider: 'dialnexa', body, headers: {}, secret: DIALNEXA_SECRET }), 'body_not_raw');
      expect(error.message).toContain('detached ArrayBuffer');
    }
  });

  it('signing one is a ValidationError saying it is detached', async () => {
    const error = await signWebhook({ provider: 'dialnexa', body: detachedBuffer(callEnded), secret: DIALNEXA_SECRET })
      .then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('detached ArrayBuffer');
  });
});
