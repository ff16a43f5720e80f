/** Runs `astro build` in a child process for tests that check what the build does (not a test file itself). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

/**
 * Builds into `outDir` with extra CLI args and env. The child gets the environment without what Vitest injects
 * (BASE_URL, MODE…), which Vite would otherwise take over in the build.
 */
export function astroBuild(outDir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  // A build for the template's placeholder origin stops (src/integrations/site-origin.ts): build for a local one.
  const clean: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'http://127.0.0.1:4399',
    ...env,
  };
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'NODE_ENV'])
    delete clean[k];
  return spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...args],
    {
      cwd: ROOT,
      env: clean,
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
}
