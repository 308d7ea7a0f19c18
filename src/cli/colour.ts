import { styleText } from 'node:util';
import type { Env } from '../provider-descriptor';
import type { OutputStream } from './io';

/** A `styleText` format: `'bold'`, `'red'`, `['green', 'bold']`... */
export type Style = Parameters<typeof styleText>[0];

/** Styles text for one stream, or returns it unchanged when that stream gets no colour. */
export type Paint = (style: Style, text: string) => string;

/**
 * Colour only for a person at a terminal: the stream must be a TTY, and `NO_COLOR` (any
 * non-empty value, as no-color.org defines it) turns it off everywhere.
 */
export function colourFor(stream: OutputStream, env: Env): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/** A `Paint` that colours when `enabled`, through `node:util` `styleText`. */
export function painter(enabled: boolean): Paint {
  // The decision is ours (TTY, NO_COLOR), made once per stream: styleText must not second-guess it.
  return enabled ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text;
}
