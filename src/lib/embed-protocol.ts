/**
 * `postMessage` payload type of the embed resize protocol: `{ type: EMBED_MESSAGE, id, height }`.
 * Kept in a module without imports: the in-iframe reporter bundles it and nothing else.
 * public/embed.js (plain JS, served as is) repeats the string.
 */
export const EMBED_MESSAGE = 'sever-the-chain:height';
