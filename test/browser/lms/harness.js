// A stand-in learning system for the browser tests (not shipped): it offers
// scorm-again's SCORM 1.2 or 2004 API to a package in a frame, logs every
// value the package sets, and keeps what a real LMS keeps between sessions
// (suspend_data, status, interactions) in sessionStorage, so reloading this
// page is a new session that resumes. ?version=1.2|2004&pkg=folder&api=none
(() => {
  const params = new URLSearchParams(location.search);
  const version = params.get('version') === '2004' ? '2004' : '1.2';
  const pkg = params.get('pkg');
  const key = `lms:${version}:${pkg}`;
  const kept = JSON.parse(sessionStorage.getItem(key) || 'null');
  const record = kept ?? { sessions: 0, sets: [], commits: 0, initialized: 0, finished: 0, suspend: '', status: '' };
  record.sessions += 1;
  window.lmsRecord = record;
  const keep = () => sessionStorage.setItem(key, JSON.stringify(record));
  const is12 = version === '1.2';
  if (params.get('api') !== 'none') {
    const api = is12
      ? new window.Scorm12API({ autocommit: false, logLevel: 5 })
      : new window.Scorm2004API({ autocommit: false, logLevel: 5 });
    if (kept) {
      const resume = kept.suspend ? 'resume' : '';
      api.loadFromJSON(
        is12
          ? { suspend_data: kept.suspend, core: { lesson_status: kept.status || 'not attempted', entry: resume } }
          : { suspend_data: kept.suspend, completion_status: kept.status || 'unknown', entry: resume },
        'cmi',
      );
    }
    const names = is12
      ? { init: 'LMSInitialize', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish', status: 'cmi.core.lesson_status' }
      : { init: 'Initialize', set: 'SetValue', commit: 'Commit', finish: 'Terminate', status: 'cmi.completion_status' };
    // Each call the package makes is logged with the LMS's answer (a refused value is logged as refused).
    const wrap = (name, after) => {
      const original = api[name].bind(api);
      api[name] = (...args) => {
        const answer = original(...args);
        after(answer, ...args);
        return answer;
      };
    };
    wrap(names.init, () => {
      record.initialized += 1;
      keep();
    });
    wrap(names.set, (answer, element, value) => {
      const ok = String(answer) === 'true';
      record.sets.push([element, String(value), ok ? 'ok' : `refused ${api[is12 ? 'LMSGetLastError' : 'GetLastError']()}`]);
      if (ok && element === 'cmi.suspend_data') record.suspend = String(value);
      if (ok && element === names.status) record.status = String(value);
    });
    wrap(names.commit, () => {
      record.commits += 1;
      keep();
    });
    wrap(names.finish, () => {
      record.finished += 1;
      keep();
    });
    window[is12 ? 'API' : 'API_1484_11'] = api;
  }
  window.addEventListener('DOMContentLoaded', () => {
    document.getElementById('sco').src = `/pkg/${pkg}/index.html`;
  });
})();
