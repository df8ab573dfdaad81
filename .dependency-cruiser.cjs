// Layers point one way: platform ← db ← content ← features ← app (docs/ARCHITECTURE.md).
// `npm run lint` runs this over src/, test/, e2e/ and bench/; every rule is an error.
// Tests and test helpers may reach across (they build apps and fixtures), but not into cycles.
const TEST = '(\\.test\\.tsx?|[./-]testing\\.ts|fixtures\\.ts)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'platform-imports-nothing-above',
      comment: 'src/platform (and src/config.ts) is the bottom layer: no db, content, features or app.',
      severity: 'error',
      from: { path: '^src/(platform/|config\\.ts$)', pathNot: TEST },
      to: { path: '^src/(db|content|features|app)/' },
    },
    {
      name: 'db-imports-no-content-features-or-app',
      comment: 'src/db never imports content, a feature or the app: features add their tables to Database themselves.',
      severity: 'error',
      from: { path: '^src/db/', pathNot: TEST },
      to: { path: '^src/(content|features|app)/' },
    },
    {
      name: 'migrations-are-frozen',
      comment: 'A migration imports only Kysely and its own folder, so changing runtime code never changes an old migration.',
      severity: 'error',
      from: { path: '^src/db/migrations/', pathNot: TEST },
      to: { path: '^src/', pathNot: '^src/db/migrations/' },
    },
    {
      name: 'content-imports-no-features-or-app',
      severity: 'error',
      from: { path: '^src/content/', pathNot: TEST },
      to: { path: '^src/(features|app)/' },
    },
    {
      name: 'features-import-no-app',
      severity: 'error',
      from: { path: '^src/features/', pathNot: TEST },
      to: { path: '^src/(app/|main\\.ts$)' },
    },
    {
      name: 'features-meet-through-index',
      comment: 'A feature imports another only through its public surface, ../<other>/index.ts.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/', pathNot: TEST },
      to: { path: '^src/features/', pathNot: ['^src/features/$1/', '^src/features/[^/]+/index\\.ts$'] },
    },
    {
      name: 'only-main-and-tests-import-the-app',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/(app/|main\\.ts$)', TEST] },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, between features or inside one.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
