// The signed-in user's inbox: newest first, unread marked, "mark read" per item and "mark all read".
'use strict';

(async () => {
  const $ = id => document.getElementById(id);
  const { el, notice, when } = LM_PAGE;
  const state = { items: [], unread: 0, page: 0, errors: [] };
  window.lmNotifications = state;

  const user = await LM_AUTH.requireUser();
  $('user').textContent = user.name;
  $('logout').onclick = e => { e.preventDefault(); LM_AUTH.logout(); };

  function showUnread(n) {
    state.unread = n;
    $('unread').textContent = n + ' unread';
    $('unread').className = 'badge' + (n > 0 ? ' LIVE' : '');
    $('read-all').disabled = n === 0;
  }

  function card(n) {
    const link = n.showId ? el('a', { href: '/room.html?show=' + encodeURIComponent(n.showId) }, n.showTitle || 'the show') : '';
    const button = n.read ? el('span', { class: 'status' }, 'read') : el('button', { class: 'secondary', 'data-read': n.id,
      style: 'flex:0 0 auto', on: { click: () => markRead(n.id) } }, 'Mark read');
    return el('div', { class: 'card notification' + (n.read ? '' : ' unread'), 'data-notification': n.id, 'data-read-state': n.read ? 'read' : 'unread' },
      el('div', { class: 'row' }, el('b', {}, n.read ? '' : '\u25cf ', n.message || n.kind), button),
      el('div', { class: 'status' }, when(n.createdAt), n.scheduledStart ? ' · starts ' + when(n.scheduledStart) : '', link ? ' · ' : '', link));
  }

  function render() {
    $('inbox').replaceChildren(...(state.items.length ? state.items.map(card) : [el('p', { class: 'status' }, 'Nothing yet: follow anchors to hear about their shows.')]));
  }

  async function load(page) {
    const answer = await LM_AUTH.api('/api/notifications?size=20&page=' + page, {}, user.token);
    if (!answer.ok) { notice((answer.body && answer.body.detail) || 'Could not load your notifications (' + answer.status + ').', true); return; }
    state.page = page;
    state.items = page === 0 ? answer.body.items : state.items.concat(answer.body.items);
    $('more').hidden = state.items.length >= answer.body.total;
    showUnread(answer.body.unread);
    render();
  }

  async function markRead(id) {
    const answer = await LM_AUTH.api('/api/notifications/' + encodeURIComponent(id) + '/read', { method: 'POST' }, user.token);
    if (!answer.ok) { state.errors.push(answer); notice((answer.body && answer.body.detail) || 'Could not mark it read.', true); return; }
    const i = state.items.findIndex(n => n.id === id);
    if (i >= 0) { if (!state.items[i].read) showUnread(Math.max(0, state.unread - 1)); state.items[i] = answer.body; }
    render();
  }

  $('read-all').onclick = async () => {
    const answer = await LM_AUTH.api('/api/notifications/read-all', { method: 'POST' }, user.token);
    if (!answer.ok) { notice((answer.body && answer.body.detail) || 'Could not mark them read.', true); return; }
    notice(answer.body.marked + ' marked read.');
    await load(0);
  };
  $('more').onclick = () => load(state.page + 1);

  await load(0);
  state.ready = true;
})().catch(e => LM_PAGE.notice(e.message, true));
