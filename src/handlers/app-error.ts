/**
 * What the app's own code threw in a step the handler runs for it before `onEvent` (the
 * `secret` function). Carried through verification unchanged so the handler answers 500 and
 * reports the app's error itself, whatever its class: a throw there is never a verdict on the
 * delivery.
 */
export class AppCodeFailure {
  constructor(readonly error: unknown) {}
}

/** Runs the app's `step`, turning what it throws into an `AppCodeFailure`. */
export async function appStep<T>(step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new AppCodeFailure(error);
  }
}
