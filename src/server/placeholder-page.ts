// Shown at /phone, /console and /projector until the built pages are in
// dist/: a plain page that says so, rather than a 404 on a join address.
import { CONSOLE_PATH, PHONE_PATH } from '../room/protocol.ts';

const TITLES: Record<string, string> = {
  [PHONE_PATH]: 'Join the room',
  [CONSOLE_PATH]: 'Facilitator console',
};

export function placeholderPage(pathname: string): string {
  const title = TITLES[pathname] ?? 'Projector';
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · Rules at Play</title>
  </head>
  <body>
    <main>
      <h1>${title}</h1>
      <p>This page is not built yet. The facilitator runs <code>npm start</code>, which builds every page.</p>
    </main>
  </body>
</html>
`;
}
