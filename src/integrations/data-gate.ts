/**
 * Astro integration that validates data/ before the build starts, and writes the data
 * package files into the output after a successful build (the "download the data" links).
 * Any error aborts the build with every problem listed, so no partial site is published.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { validateDataPackage, DataValidationError } from '../data/validate.ts';
import { TABLE_NAMES } from '../data/schema.ts';

export const DATA_DIR = resolve(process.env.DATA_DIR ?? 'data');

export function dataGate(): AstroIntegration {
  let base = '/';
  return {
    name: 'sever-the-chain:data-gate',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const result = validateDataPackage(DATA_DIR);
        if (!result.ok) {
          // Log the full list line by line (Astro shortens multi-line error messages), then stop the build.
          const err = new DataValidationError(result.errors);
          for (const line of err.message.split('\n')) logger.error(line);
          throw new Error(`The data package has ${result.errors.length} error(s), listed above; nothing was built.`);
        }
        logger.info(`data ${result.data.version} (${result.data.versionDate}) is valid`);
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        // The local server and the end-to-end tests read the base path from here.
        writeFileSync(join(fileURLToPath(dir), '.base'), base + '\n');
        const out = join(fileURLToPath(dir), 'data');
        mkdirSync(out, { recursive: true });
        for (const f of [...TABLE_NAMES.map((t) => `${t}.csv`), 'datapackage.json', 'README.md', 'CHANGELOG.md'])
          copyFileSync(join(DATA_DIR, f), join(out, f));
        logger.info('copied the data package to /data/');
      },
    },
  };
}
