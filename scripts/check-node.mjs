// Fails loudly when the project runs on a Node older than Astro 7 / Vitest 5 support.
// The machine's system Node is 20; npm scripts pick up Node 24 from the `node`
// devDependency (node_modules/.bin comes first on PATH). Running tools directly, or
// installing with `npm ci --ignore-scripts` (which skips fetching that binary),
// silently falls back to the system Node, so every npm script calls this first.
//
// Deliberately conservative syntax (no optional chaining etc.) so it runs on old Node.

var REQUIRED = [22, 12, 0];

var found = process.version; // e.g. "v20.20.2"
var parts = found
  .replace(/^v/, '')
  .split('.')
  .map(function (n) {
    return parseInt(n, 10) || 0;
  });

/**
 * @param {number[]} actual
 * @param {number[]} required
 */
function tooOld(actual, required) {
  for (var i = 0; i < required.length; i++) {
    var a = actual[i] || 0;
    var r = required[i] || 0;
    if (a > r) return false;
    if (a < r) return true;
  }
  return false;
}

if (tooOld(parts, REQUIRED)) {
  console.error(
    'This project needs Node >= ' +
      REQUIRED.slice(0, 2).join('.') +
      '; found ' +
      found +
      '.\n' +
      'Run it through npm (npm run …), which uses the Node 24 from the `node` devDependency; ' +
      'did you run `npm ci --ignore-scripts`?',
  );
  process.exit(1);
}
