// `npm run build`: builds the site into a fresh staging folder and swaps it in for dist/ only when the build
// succeeded. So a failed build never leaves a half-written or empty dist/ behind: the last good site stays where
// it was (and a running `npm run preview` keeps serving it), and nothing half-built can be deployed.
//
//   node scripts/build.mjs [astro build options]      # DIST_DIR sets the target, as for the server
//
// The staging folder sits next to the target (`.dist.next/`), on the same file system, so the swap is two renames.

import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, distDir } from './serve.mjs';

const dist = distDir();
const staging = path.join(path.dirname(dist), `.${path.basename(dist)}.next`);
const previous = path.join(path.dirname(dist), `.${path.basename(dist)}.old`);

rmSync(staging, { recursive: true, force: true });
const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
});

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(dist)
    ? `${path.relative(ROOT, dist) || dist}/ still holds the last good build`
    : 'no site was written';
  console.error(`\n✗ The build failed (see above); nothing was published: ${kept}.`);
  process.exit(result.status ?? 1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
