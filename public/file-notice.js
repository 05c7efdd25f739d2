// Opened straight from a folder (a file:// address), browsers refuse to run
// the game's module scripts, so it would say "Loading the scenarios…" for
// ever. This plain script still runs there: it says what is wrong and what to
// do instead. Served from any web server, the game starts first and this does
// nothing. The page starts it after its first frame (tools/page/inline-start-plugin.ts),
// which may be after the page's load event.
(function () {
  if (location.protocol !== 'file:') return;
  function whenLoaded(then) {
    if (document.readyState === 'complete') then();
    else window.addEventListener('load', then);
  }
  whenLoaded(function () {
    window.setTimeout(function () {
      // The built page carries the title screen drawn at build time (no
      // loading note then): the notice goes first in the page's main part.
      var note = document.getElementById('loading-note');
      if (!note) {
        var main = document.getElementById('main') || document.body;
        note = document.createElement('p');
        note.className = 'file-notice';
        main.insertBefore(note, main.firstChild);
      }
      note.setAttribute('role', 'alert');
      note.textContent =
        'This copy of the game was opened straight from a folder, and this browser will not start a game from a folder. ' +
        'Open it through a web server instead: the file HOW-TO-OPEN.txt in the same folder says how, in a few steps. Nothing has been saved or sent anywhere.';
    }, 1500);
  });
})();
