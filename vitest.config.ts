import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Snapshots are written only on purpose (`npx vitest run -u`, which overrides this): 'none' fails on a missing
    // or obsolete snapshot on a laptop as in CI (`false` writes a missing one outside CI).
    update: 'none',
  },
});
