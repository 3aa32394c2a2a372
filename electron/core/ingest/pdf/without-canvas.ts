// pdf.js loads the @napi-rs/canvas native module (Skia, about 190 MB of memory per process) when
// it starts in Node, to render pages. The engine only reads text, so that module resolves to a
// stand-in whose classes refuse to be used; import this file before pdf.js.
import { registerHooks } from 'node:module';

const STAND_IN = 'portal:pdfjs-without-canvas';

const source = `
class RenderingUnavailable {
  constructor() { throw new Error('The library engine reads PDF text only; it does not render pages.'); }
}
module.exports = { DOMMatrix: RenderingUnavailable, Path2D: RenderingUnavailable, createCanvas() { new RenderingUnavailable(); } };
`;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === '@napi-rs/canvas')
      return { url: STAND_IN, format: 'commonjs', shortCircuit: true };
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url === STAND_IN) return { format: 'commonjs', source, shortCircuit: true };
    return nextLoad(url, context);
  },
});
