// Moderators and admins: the live rooms, each with its own blocked words, mute/ban/unban by user id, and (on demand)
// its recent comments with a delete button; the platform-wide blocked words (admins change them, moderators read them);
// the record of deleted comments (who deleted what, when). Non-staff get a notice and nothing else.
'use strict';

(async () => {
  const $ = id => document.getElementById(id);
  const { el, notice, showProblem } = LM_PAGE;
  const state = { rooms: [], done: [], errors: [], sockets: {}, deleted: [], platformWords: null };
  window.lmModeration = state;

  const user = await LM_AUTH.requireUser();
  $('user').textContent = user.name;
  $('logout').onclick = e => { e.preventDefault(); LM_AUTH.logout(); };
  if (!user.roles.includes('moderator') && !user.roles.includes('admin')) {
    notice('Moderation is for moderators and admins; you are signed in as ' + user.name + '.', true);
    state.refused = true;
    return;
  }
  $('staff').hidden = false;

  const base = showId => '/api/shows/' + encodeURIComponent(showId);

  async function act(showId, what, method, path, body, form) {
    const answer = await LM_AUTH.api(base(showId) + path, { method, body }, user.token);
    if (!answer.ok) {
      state.errors.push({ what, status: answer.status, detail: answer.body && answer.body.detail });
      if (form) showProblem(form, answer); else notice((answer.body && answer.body.detail) || 'Could not ' + what + '.', true);
      return null;
    }
    state.done.push({ showId, what, userId: body && body.userId });
    return answer;
  }

  function wordsForm(show) {
    const input = el('input', { name: 'words', maxlength: 4000, autocomplete: 'off', id: 'words-' + show.id });
    const form = el('form', { novalidate: true, 'data-words': show.id },
      el('label', { for: 'words-' + show.id }, 'Blocked words in this room (comma-separated)'), input,
      el('div', { class: 'field-error', 'data-field': 'words' }),
      el('div', { class: 'bar' }, el('button', { class: 'secondary' }, 'Save blocked words')));
    LM_AUTH.api(base(show.id) + '/blocked-words', {}, user.token).then(a => { if (a.ok) input.value = a.body.words.join(', '); });
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const words = input.value.split(',').map(w => w.trim()).filter(w => w);
      const answer = await act(show.id, 'save blocked words', 'PUT', '/blocked-words', { words }, form);
      if (!answer) return;
      input.value = answer.body.words.join(', ');
      notice('Blocked in \u201c' + show.title + '\u201d: ' + (answer.body.words.join(', ') || 'nothing') + '.');
    });
    return form;
  }

  function userForm(show) {
    const id = el('input', { name: 'userId', required: true, maxlength: 64, autocomplete: 'off', id: 'user-' + show.id, placeholder: 'user id' });
    const minutes = el('input', { name: 'minutes', type: 'number', min: 1, max: 1440, value: 10, required: true, id: 'minutes-' + show.id });
    const form = el('form', { novalidate: true, 'data-users': show.id },
      el('label', { for: 'user-' + show.id }, 'User id'), id, el('div', { class: 'field-error', 'data-field': 'userId' }),
      el('label', { for: 'minutes-' + show.id }, 'Mute for (minutes)'), minutes, el('div', { class: 'field-error', 'data-field': 'minutes' }));
    const run = (what, method, path, body, done) => async () => {
      if (!LM_PAGE.validate(form)) return;
      const userId = id.value.trim();
      if (await act(show.id, what, method, path(userId), body && body(userId), form)) notice(done(userId));
    };
    form.append(el('div', { class: 'bar' },
      el('button', { type: 'button', 'data-action': 'mute', on: { click: run('mute', 'POST', () => '/mutes', u => ({ userId: u, minutes: Number(minutes.value) }),
        u => u + ' is muted in \u201c' + show.title + '\u201d for ' + minutes.value + ' min.') } }, 'Mute'),
      el('button', { type: 'button', class: 'secondary', 'data-action': 'unmute', on: { click: run('unmute', 'DELETE', u => '/mutes/' + encodeURIComponent(u), null,
        u => u + ' may speak again in \u201c' + show.title + '\u201d.') } }, 'Unmute'),
      el('button', { type: 'button', 'data-action': 'ban', on: { click: run('ban', 'POST', () => '/bans', u => ({ userId: u }),
        u => u + ' is banned from \u201c' + show.title + '\u201d.') } }, 'Ban'),
      el('button', { type: 'button', class: 'secondary', 'data-action': 'unban', on: { click: run('unban', 'DELETE', u => '/bans/' + encodeURIComponent(u), null,
        u => u + '\u2019s ban from \u201c' + show.title + '\u201d is lifted.') } }, 'Unban')));
    form.addEventListener('submit', e => e.preventDefault());
    return { form, id };
  }

  // Recent comments of a room, read from its socket while the panel is open; each with a delete button, and its
  // author's id one tap away from the user form.
  function commentsPanel(show, userInput) {
    const list = el('ul', { class: 'comments moderated', 'data-comments': show.id });
    const toggle = el('button', { type: 'button', class: 'secondary', 'data-watch': show.id }, 'Show recent comments');
    const add = c => {
      if (typeof c.id !== 'number' || list.querySelector('li[data-id="' + c.id + '"]')) return;
      list.append(el('li', { 'data-id': c.id }, el('b', {}, (c.user && c.user.name || '?') + ': '), c.text,
        el('span', { class: 'actions' },
          el('button', { class: 'secondary', 'data-delete': c.id, on: { click: async () => {
            if (await act(show.id, 'delete comment', 'DELETE', '/comments/' + c.id)) { notice('Comment deleted.'); loadDeleted(); }
          } } }, 'Delete'),
          c.user && c.user.id ? el('button', { class: 'secondary', on: { click: () => { userInput.value = c.user.id; userInput.focus(); } } }, 'Pick user') : '')));
      while (list.children.length > 100) list.firstElementChild.remove();
    };
    const handle = m => {
      if (m.type === 'batch') m.events.forEach(handle);
      else if (m.type === 'state') (m.comments || []).forEach(add);
      else if (m.type === 'comment') add(m);
      else if (m.type === 'comment-deleted') { const li = list.querySelector('li[data-id="' + Number(m.id) + '"]'); if (li) li.remove(); }
    };
    toggle.onclick = () => {
      const open = state.sockets[show.id];
      if (open) { open.close(); delete state.sockets[show.id]; list.replaceChildren(); toggle.textContent = 'Show recent comments'; return; }
      const ws = LM_AUTH.roomSocket(show.id, user.token);
      state.sockets[show.id] = ws;
      ws.onmessage = e => handle(JSON.parse(e.data));
      toggle.textContent = 'Hide comments';
    };
    return el('div', {}, el('div', { class: 'bar' }, toggle), list);
  }

  async function load() {
    const answer = await LM_AUTH.api('/api/shows?status=LIVE&size=50', {}, user.token);
    if (!answer.ok) { notice((answer.body && answer.body.detail) || 'Could not load the live rooms.', true); return; }
    Object.values(state.sockets).forEach(ws => ws.close());
    state.sockets = {};
    state.rooms = answer.body.map(s => s.id);
    $('count').textContent = answer.body.length + ' live';
    $('rooms').replaceChildren(...(answer.body.length ? answer.body.map(show => {
      const users = userForm(show);
      return el('div', { class: 'card', 'data-room': show.id },
        el('div', { class: 'row' }, el('h3', {}, show.title), el('a', { href: '/room.html?show=' + encodeURIComponent(show.id) }, 'open the room')),
        wordsForm(show), users.form, commentsPanel(show, users.id));
    }) : [el('p', { class: 'status' }, 'No room is live right now.')]));
  }

  // ---------------------------------------------------------------- platform-wide blocked words
  const admin = user.roles.includes('admin');
  const platformForm = $('platform-form');
  function showPlatform(p) {
    state.platformWords = p.words;
    $('platform-words').value = p.words.join(', ');
    $('platform-state').textContent = (p.configured ? 'As configured (streaming.channel.blocked-words)'
      : 'Changed by ' + (p.updatedBy || 'an admin') + ', ' + LM_PAGE.when(p.updatedAt)) + ' \u00b7 version ' + p.version
      + (admin ? '' : ' \u00b7 only admins change them');
  }
  $('platform-words').readOnly = !admin;
  $('platform-save').hidden = !admin;
  platformForm.addEventListener('submit', async e => {
    e.preventDefault();
    if (!admin) return;
    const words = $('platform-words').value.split(',').map(w => w.trim()).filter(w => w);
    const answer = await LM_AUTH.api('/api/moderation/blocked-words', { method: 'PUT', body: { words } }, user.token);
    if (!answer.ok) { state.errors.push({ what: 'platform words', status: answer.status }); showProblem(platformForm, answer); return; }
    showPlatform(answer.body);
    state.done.push({ what: 'platform words' });
    notice('Blocked in every room: ' + (answer.body.words.join(', ') || 'nothing') + '.');
  });
  async function loadPlatform() {
    const answer = await LM_AUTH.api('/api/moderation/blocked-words', {}, user.token);
    if (answer.ok) showPlatform(answer.body); else $('platform-state').textContent = (answer.body && answer.body.detail) || 'Could not load them.';
  }

  // ---------------------------------------------------------------- deleted comments
  async function loadDeleted() {
    const answer = await LM_AUTH.api('/api/moderation/deleted-comments?size=50', {}, user.token);
    if (!answer.ok) { $('deleted').replaceChildren(el('p', { class: 'status' }, (answer.body && answer.body.detail) || 'Could not load them.')); return; }
    state.deleted = answer.body.items;
    $('deleted').replaceChildren(...(answer.body.items.length ? answer.body.items.map(d => el('div', { class: 'card', 'data-deleted': d.commentId,
      'data-show': d.showId }, el('div', { class: 'row' }, el('b', {}, d.author ? d.author.name || d.author.id : 'unknown author'),
        el('span', { class: 'status' }, LM_PAGE.when(d.deletedAt))),
      el('p', { class: 'deleted-text' }, d.text === null ? '(no longer in the room\u2019s history)' : d.text),
      el('p', { class: 'status' }, 'in \u201c' + (d.showTitle || d.showId) + '\u201d \u00b7 comment #' + d.commentId + ' \u00b7 deleted by '
        + (d.deletedBy.name || d.deletedBy.id))))
      : [el('p', { class: 'status' }, 'No comment was deleted yet.')]));
    state.deletedLoaded = (state.deletedLoaded || 0) + 1;
  }
  $('deleted-refresh').onclick = loadDeleted;

  $('refresh').onclick = load;
  await Promise.all([load(), loadPlatform(), loadDeleted()]);
  state.ready = true;
})().catch(e => LM_PAGE.notice(e.message, true));
