/**
 * The WHATWG Encoding API's TextDecoder, in every browser and in Node. src/ compiles without the
 * DOM and Node types (src/tsconfig.json), so the one host API the engine uses is declared here;
 * the root tsconfig takes it from the DOM library instead and leaves this folder out.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
