// `npm run build`: builds the site into a fresh staging folder and swaps it in for dist/ only when the build
// succeeded. So a failed build never leaves a half-written or empty dist/ behind: the last good site stays where
// it was (and a running `npm run preview` keeps serving it), and nothing half-built can be deployed.
//
//   node scripts/build.mjs [astro build options]      # DIST_DIR sets the target, as for the server
//
// The staging folder is inside the repository (`.dist.next/` for dist/), because Astro writes its prerender chunks
// into the output folder only when that folder is inside the working directory, and otherwise into one shared
// `.astro/` folder, so two builds to two targets outside it (DIST_DIR=/tmp/a and /tmp/b) would overwrite each
// other's chunks. The swap is two renames on the same file system, a copy across file systems.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, distDir } from './serve.mjs';

const dist = distDir();
const inside = !path.relative(ROOT, dist).startsWith('..');
// One staging folder per target: dist/ stages in .dist.next/, DIST_DIR=/tmp/x in .dist.tmp-x.next/.
const tag = inside ? path.basename(dist) : path.relative('/', dist).replace(/[^\w.-]+/g, '-');
const staging = path.join(inside ? path.dirname(dist) : ROOT, `.${tag}.next`);
const previous = path.join(path.dirname(dist), `.${path.basename(dist)}.old`);

/** Moves a folder, by rename where it can and by copy where the target is on another file system. */
function move(from, to) {
  try {
    renameSync(from, to);
  } catch (e) {
    if (e.code !== 'EXDEV') throw e;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

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
move(staging, dist);
rmSync(previous, { recursive: true, force: true });
