// The layers, checked by dependency-cruiser on every `npm run lint` (and by
// test/unit/layers.test.ts, which tries each forbidden import). It reads real
// module resolution, so an import with or without `.ts`, a dynamic import()
// and a type-only import are all seen. Globals (document, window) are not
// imports: ESLint and tsconfig.model.json keep those out of the rules.
//
// tools/ is Node tooling for the build and for authors (compiling ink, the
// story checker): it lives outside src, so the app-only rules below do not
// reach it; it may use node:*, vite and the ink compiler, and the app may not
// import it. src/server is the away-day room server: it runs in Node, is the
// only place under src that may use node:* and Colyseus' server packages,
// and nothing else under src may import it.

// Each library has one home, so swapping or mocking it touches one module.
const LIBRARY_HOMES = [
  { name: 'inkjs', packages: 'inkjs', home: '^src/story/story-runner\\.ts$' },
  { name: 'phaser', packages: 'phaser', home: '^src/scenes/' },
  { name: 'howler', packages: 'howler', home: '^src/audio/howler-audio\\.ts$' },
  { name: 'pdf-lib', packages: 'pdf-lib|@pdf-lib/fontkit', home: '^src/export/pdf-writer\\.ts$' },
  { name: 'colyseus-sdk', packages: '@colyseus/sdk', home: '^src/away-day/room-client\\.ts$' },
  { name: 'uqr', packages: 'uqr', home: '^src/away-day/qr-code\\.ts$' },
  { name: 'xstate', packages: 'xstate', home: '^src/machines/|^src/main\\.ts$' },
  { name: 'colyseus-server', packages: '@colyseus/core|@colyseus/ws-transport', home: '^src/server/' },
  { name: 'msgpackr', packages: 'msgpackr', home: '^src/server/view-frames\\.ts$' },
  { name: 'redis', packages: 'ioredis|@colyseus/redis-presence|@colyseus/redis-driver', home: '^src/server/redis-' },
];

module.exports = {
  forbidden: [
    {
      name: 'model-is-pure',
      comment: 'src/model imports only src/model: no library, no node:*, no view, port, adapter or machine.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { pathNot: '^src/model/' },
    },
    {
      name: 'play-engine-runs-anywhere',
      comment:
        'src/play (the story port, the step, the playthrough) imports only src/model: no xstate, no ink, no page, no node:*, so it runs in a browser, on a server, in a worker.',
      severity: 'error',
      from: { path: '^src/play/' },
      to: { pathNot: '^src/(model|play)/' },
    },
    {
      name: 'machines-import-rules-only',
      comment: 'src/machines imports src/model, the play engine and xstate; never a view, a port adapter, an engine or node:*.',
      severity: 'error',
      from: { path: '^src/machines/' },
      to: { pathNot: '^src/(model|play|machines)/|^node_modules/xstate/' },
    },
    {
      name: 'room-is-pure',
      comment:
        'src/room (the away-day room: protocol, messages, room state, views) imports only src/model, the play engine and itself, so the server, the pages and the tests share it and it runs in any host.',
      severity: 'error',
      from: { path: '^src/room/' },
      to: { pathNot: '^src/(model|play|room)/' },
    },
    {
      name: 'server-stays-on-the-server',
      comment: 'src/server (Colyseus, node:*, the HTTP server) runs in Node only: nothing the page loads may import it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/server/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'content-is-data',
      comment: 'src/content reads assets/*.json into plain data and answers lookups: it runs in the checker (Node) and the game alike.',
      severity: 'error',
      from: { path: '^src/content/' },
      to: { pathNot: '^src/content/|^assets/[^/]+\\.json$' },
    },
    {
      name: 'lms-speaks-scorm-only',
      comment:
        'src/lms (finding the SCORM API, the session, the values it is told) imports only src/model and itself: the shell wires it to the game.',
      severity: 'error',
      from: { path: '^src/lms/' },
      to: { pathNot: '^src/(model|lms)/' },
    },
    {
      name: 'ui-not-persistence',
      comment: "Views show what they are given; saving is the shell's job (persistence is wired in src/*.ts).",
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^src/persistence/' },
    },
    {
      name: 'app-not-tools',
      comment: 'tools/ runs in Node at build and authoring time: nothing in the page may import it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^tools/' },
    },
    {
      name: 'no-node-in-app',
      comment: 'The app runs in a browser: node:* belongs to the build tooling and the room server (src/server) only.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/server/' },
      to: { dependencyTypes: ['core'] },
    },
    ...LIBRARY_HOMES.map(({ name, packages, home }) => ({
      name: `only-one-home-for-${name}`,
      comment: `${name} is imported only by ${home}.`,
      severity: 'error',
      from: { path: '^src/', pathNot: home },
      to: { path: `^node_modules/(${packages})/` },
    })),
    {
      name: 'no-dev-dependencies-in-app',
      comment: 'A devDependency is not installed in production: app code may not import one.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'no-cycles',
      comment: 'A cycle makes two modules one: neither can be tested, moved or loaded alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: "An import that does not resolve is a typo or a missing package. Vite's virtual modules are made by a plugin at build time.",
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type from a forbidden layer ties the layers together all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    skipAnalysisNotInRules: true,
  },
};
