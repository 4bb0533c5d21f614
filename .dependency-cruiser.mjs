// `npm run lint` runs dependency-cruiser with this file: no import cycle anywhere in the code.
// Type-only imports count (tsPreCompilationDeps): a cycle of types still ties two modules together.
// The layer rules (what may import what) are eslint's no-restricted-imports (eslint.config.js).
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, directly or through others: move what both need into a third.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Our sources only: node_modules are leaves, never followed.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|bench/results|test-results|playwright-report|\\.scratch)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'metadata' },
  },
};
