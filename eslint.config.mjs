import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // A Drizzle update or delete without where() rewrites or empties a whole table.
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // next.config.js and the route tables it reads are CommonJS, loaded by Next before any bundler.
    files: ['next.config.js', 'lib/http/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Build output, databases and test reports (including a bench's static copy of a build) are not source.
  globalIgnores(['.next*/**', '**/.next*/**', 'out/**', 'build/**', 'next-env.d.ts', 'data/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'blob-report/**']),
]);
