/**
 * The architecture, enforced: each rule's name is a layer, and its comment is the sentence a wrong
 * import fails with. Layers, from the ground up:
 *   src/text  ←  src/schema  ←  src/rules          (the core: no Preact, no DOM)
 *                src/schema  ←  src/content        (packs and medicine lists are data on the schema)
 *   src/ui on the core; embed/ on src/ui and the core; configurator/ on none of them (it loads the widget's
 *   script); tools/ on anything in the product; tests/ on anything.
 * Nothing imports upward, and nothing in the product imports tools/ or tests/.
 */
const core = '^src/(text|schema|rules|content)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'text-is-the-ground-floor',
      comment:
        'src/text (fill, normalising, the dosing guard) imports nothing else of the project: everything else builds on it.',
      severity: 'error',
      from: { path: '^src/text/' },
      to: { path: '^(src/(?!text/)|embed/|tools/|tests/)' },
    },
    {
      name: 'schema-only-on-text',
      comment:
        'src/schema may import only src/text: the rules and content are built on the schemas, not under them.',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { path: '^(src/(?!text/|schema/)|embed/|tools/|tests/)' },
    },
    {
      name: 'rules-never-import-content',
      comment:
        'src/rules may import only src/schema and src/text: a pack and its medicine list are handed to the rules (a Content), never imported.',
      severity: 'error',
      from: { path: '^src/rules/' },
      to: { path: '^(src/(?!text/|schema/|rules/)|embed/|tools/|tests/)' },
    },
    {
      name: 'content-is-data-on-schema',
      comment:
        'src/content (packs, medicine lists, the registry) may import only src/schema: content is data, not code.',
      severity: 'error',
      from: { path: '^src/content/' },
      to: { path: '^(src/(?!schema/|content/)|embed/|tools/|tests/)' },
    },
    {
      name: 'core-has-no-preact-or-dom',
      comment:
        'The core (src/text, schema, rules, content) runs in Node and on a partner server: it must not import Preact.',
      severity: 'error',
      from: { path: core },
      to: { path: 'node_modules/preact' },
    },
    {
      name: 'ui-on-the-core-only',
      comment:
        'src/ui renders what the rules decide, for the content it is given: it must not import src/content, embed/, tools/ or tests/.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^(src/content/|src/index\\.ts|embed/|tools/|tests/)' },
    },
    {
      name: 'headless-api-is-the-core-door',
      comment: 'src/index.ts, the headless API, exports the core only: no UI, no embed, no tools.',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^(src/ui/|embed/|tools/|tests/)' },
    },
    {
      name: 'partners-use-the-door',
      comment:
        'tests/headless-api.test.ts is a partner: it imports only src/index.ts, so everything a partner needs is exported there.',
      severity: 'error',
      from: { path: '^tests/headless-api\\.test\\.ts$' },
      to: { path: '^(src/(?!index\\.ts$)|embed/|tools/)' },
    },
    {
      name: 'embed-on-ui-and-core',
      comment: 'embed/ adapts the UI to host pages: it must not import tools/ or tests/.',
      severity: 'error',
      from: { path: '^embed/' },
      to: { path: '^(tools/|tests/)' },
    },
    {
      name: 'configurator-is-a-partner-page',
      comment:
        'configurator/ loads the widget as a partner page does, through its script (the build, or the source on the dev server): it imports nothing of src/, embed/, tools/ or tests/.',
      severity: 'error',
      from: { path: '^configurator/' },
      to: { path: '^(src/|embed/|tools/|tests/)' },
    },
    {
      name: 'tools-outside-the-product',
      comment:
        'tools/ (build, checker, bench, size, screenshots, browser helpers) may use the product, never the tests.',
      severity: 'error',
      from: { path: '^tools/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular-imports',
      comment: 'Modules that import each other cannot be read, tested or layered one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable-imports',
      comment: 'This import points at a file that does not exist.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The fixture kind's files are written for where tests/kinds/new-kind.test.ts copies them.
    exclude: { path: '^(dist|coverage|test-results|tests/fixtures/kinds)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
