// Preloaded into every test process by scripts/test.mjs: installs the app's interface text, as
// src/app/create-app.tsx and src/app/cli.ts do, so a unit test of code that translates (an error
// built from a catalog key, a view) needs no app.
import '../../src/app/messages.ts';
