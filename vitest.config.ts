import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Snapshots are written only on purpose (`npx vitest run -u`); a missing one fails in CI.
    update: false,
  },
});
