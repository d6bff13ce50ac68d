// Home: live and upcoming shows (followed anchors first), anchors to follow, and the links of the user's roles.
'use strict';

(async () => {
  const { el, notice, when } = LM_PAGE;
  const user = await LM_AUTH.user();
  const who = document.getElementById('who');
  const links = document.getElementById('links');
  window.lmHome = {};
  if (user) {
    who.textContent = user.name;
    const unread = await LM_AUTH.api('/api/notifications/unread-count', {}, user.token);
    if (user.roles.includes('shopper')) links.append(el('a', { href: '/orders.html' }, 'My orders'));
    if (user.roles.includes('merchant')) links.append(el('a', { href: '/merchant.html' }, 'Merchant console'));
    if (user.roles.includes('anchor')) links.append(el('a', { href: '/studio.html' }, 'Studio: plan a show'));
    if (user.roles.includes('moderator') || user.roles.includes('admin')) links.append(el('a', { href: '/moderation.html' }, 'Moderation'));
    links.append(el('a', { href: '/notifications.html', id: 'notifications-link' }, 'Notifications'));
    if (unread.ok) links.append(el('span', { class: 'badge', id: 'unread' }, unread.body.unread + ' new'));
    links.append(el('a', { href: '#', on: { click: e => { e.preventDefault(); LM_AUTH.logout(); } } }, 'Log out'));
  } else {
    links.append(el('a', { href: '#', id: 'login', on: { click: e => { e.preventDefault(); LM_AUTH.login(); } } }, 'Log in'));
  }

  const following = user ? await LM_AUTH.api('/api/anchors/following?size=100', {}, user.token) : { ok: false };
  const followed = new Set(following.ok ? following.body.items.map(a => a.id) : []);
  const anchors = await LM_AUTH.api('/api/anchors?size=20');
  const names = new Map((anchors.body.items || []).map(a => [a.id, a.displayName]));

  async function shows(status, target) {
    const answer = await LM_AUTH.api('/api/shows?status=' + status + '&size=20');
    const list = (answer.body || []).sort((a, b) => followed.has(b.anchorId) - followed.has(a.anchorId));
    target.replaceChildren(...(list.length ? list.map(show => el('a', { class: 'card', href: '/room.html?show=' + show.id,
      style: 'display:block;color:inherit;text-decoration:none', 'data-show': show.id },
      el('div', { class: 'row' }, el('h3', {}, show.title), el('span', { class: 'badge ' + show.status }, show.status.toLowerCase())),
      el('div', { class: 'status' }, (names.get(show.anchorId) || 'an anchor') + (followed.has(show.anchorId) ? ' · you follow' : '')
        + (status === 'SCHEDULED' && show.scheduledStart ? ' · ' + when(show.scheduledStart) : '')))) : [el('p', { class: 'status' }, 'Nothing right now.')]));
  }

  const anchorBox = document.getElementById('anchors');
  anchorBox.replaceChildren(...(anchors.body.items || []).map(a => {
    const button = el('button', { class: followed.has(a.id) ? 'secondary' : '', 'data-follow': a.id },
      followed.has(a.id) ? 'Following' : 'Follow');
    button.addEventListener('click', async () => {
      const me = user || await LM_AUTH.login();
      const on = !followed.has(a.id);
      const answer = await LM_AUTH.api('/api/anchors/' + a.id + '/follow', { method: on ? 'PUT' : 'DELETE' }, me.token);
      if (!answer.ok) { notice(answer.body && answer.body.detail || 'Could not follow.', true); return; }
      on ? followed.add(a.id) : followed.delete(a.id);
      button.textContent = on ? 'Following' : 'Follow';
      button.className = on ? 'secondary' : '';
    });
    return el('div', { class: 'card row' }, el('div', {}, el('h3', {}, a.displayName),
      el('div', { class: 'status' }, a.followers + ' followers · ' + a.tierLabel)), button);
  }));

  await Promise.all([shows('LIVE', document.getElementById('live')), shows('SCHEDULED', document.getElementById('upcoming'))]);
  window.lmHome.ready = true;
})().catch(e => LM_PAGE.notice(e.message, true));
