// Made by vite-plugin-pwa at build time (tools/pwa): undefined when the build
// has no service worker (development, an LMS package), so the page registers
// one only where one was built.
declare module 'virtual:pwa-info' {
  export const pwaInfo: { webManifest: { href: string } } | undefined;
}
