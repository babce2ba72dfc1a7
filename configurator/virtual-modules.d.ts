/** The build the configurator runs in, served by tools/configurator-plugin.ts. */
declare module 'virtual:configurator-build' {
  type Manifest = import('./manifest').Manifest;
  export const pkg: Manifest['pkg'];
  export const sri: Manifest['sri'];
  export const articles: Manifest['articles'];
  export const options: Manifest['options'];
  export const catalogLocales: Manifest['catalogLocales'];
}
