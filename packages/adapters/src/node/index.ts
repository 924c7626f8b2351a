/**
 * Node-only helpers of `@opptrapping/adapters`: reading files in chunks for the streaming readers.
 * @packageDocumentation
 */
export { readFileChunks, type ReadFileChunksOptions } from "./readFileChunks.js";
