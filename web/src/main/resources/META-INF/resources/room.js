// The viewer's room: watch the show's video (anonymous for public shows; log in to interact later).
'use strict';

(async () => {
  const $ = id => document.getElementById(id);
  const showId = new URLSearchParams(location.search).get('show');
  // Figures for tests and benchmarks: when we asked to watch and when the first frame was decoded.
  const stats = { watchAskedAt: null, firstFrameAt: null, firstFrameMs: null, watching: false, ended: false, errors: [], interruptions: 0,
    orders: [], pinned: null, sale: null, stock: {}, lottery: null, entered: false, drawn: null, banned: false, mutedUntil: null,
    floor: null, floorWins: [] };
  window.lmRoom = stats;
  let ws, pc, feeds = 0;

  function notice(text, error) {
    $('notice').hidden = !text;
    $('notice').textContent = text || '';
    $('notice').className = 'notice' + (error ? ' error' : '');
  }
  function setStatus(status) { $('status').textContent = status; $('status').className = 'badge ' + status; stats.status = status; }

  if (!showId) { notice('No show given: open room.html?show=<id>.', true); return; }
  const user = await LM_AUTH.user();
  $('who').textContent = user ? 'Watching as ' + user.name : 'Watching without logging in';
  $('login').hidden = !!user;
  $('login').onclick = () => LM_AUTH.login();
  $('unmute').onclick = () => { $('video').muted = false; };
  const { el, money, newKey } = LM_PAGE;

  // Watching needs no login; the first interaction (comment, like, buy) asks for one and comes back here.
  function interact() {
    if (user) return true;
    notice('Log in to take part: taking you to the login page…');
    LM_AUTH.login();
    return false;
  }

  const shown = await LM_AUTH.api('/api/shows/' + encodeURIComponent(showId), {}, user && user.token);
  if (!shown.ok) { notice((shown.body && shown.body.detail) || 'No such show.', true); return; }
  $('title').textContent = shown.body.title;
  document.title = shown.body.title + ' · LiveMart';
  setStatus(shown.body.status);

  function send(message) { ws.send(JSON.stringify(message)); }

  function closePeer() {
    stats.watching = false;
    if (pc) { pc.close(); pc = null; }
    $('video').srcObject = null;
  }

  function watch() {
    closePeer();
    stats.watchAskedAt = performance.now();
    stats.firstFrameAt = null;
    send({ type: 'watch' });
  }

  async function onOffer(sdp) {
    pc = new RTCPeerConnection();
    window.lmRoomPeer = pc;
    pc.onicecandidate = e => send({ type: 'ice', target: 'subscriber', candidate: e.candidate ? e.candidate.toJSON() : null });
    pc.ontrack = e => {
      if (e.track.kind !== 'video') return;
      const video = $('video');
      video.srcObject = new MediaStream([e.track]);
      video.play().catch(() => {});
      const first = () => {
        if (stats.firstFrameAt === null) {
          stats.firstFrameAt = performance.now();
          stats.firstFrameMs = Math.round(stats.firstFrameAt - stats.watchAskedAt);
          notice('');
        }
      };
      if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(first); else video.onplaying = first;
    };
    await pc.setRemoteDescription({ type: 'offer', sdp });
    const answer = await pc.createAnswer();
    await pc.setLocalDescription(answer);
    send({ type: 'start', sdp: answer.sdp });
  }

  ws = LM_AUTH.roomSocket(showId, user && user.token);
  ws.onclose = () => { if (!stats.ended && !stats.banned) notice('Disconnected from the room.', true); };
  // The room's channel (comments, counts): text is always set with textContent, never parsed as HTML.
  const chat = LM_PAGE.chat($('comments'), 50);
  function addComment(c) {
    if (!chat.add(c)) return;
    const lottery = stats.lottery;
    if (user && lottery && lottery.rule === 'keyword' && c.user && c.user.id === user.id
        && String(c.text).toLowerCase().includes(String(lottery.keyword).toLowerCase()) && $('lottery-how')) {
      stats.entered = true;
      $('lottery-how').textContent = 'You are in the draw. Good luck!';
    }
  }
  function showCounts(viewers, likes) {
    if (viewers) $('viewers').textContent = viewers.count + ' watching';
    if (likes !== undefined && likes !== null) $('likes').textContent = likes + ' likes';
  }
  window.lmRoomSend = text => send({ type: 'comment', text });
  $('comment-form').addEventListener('submit', e => {
    e.preventDefault();
    $('comment-error').textContent = '';
    if (!interact()) return;
    const input = $('comment-text');
    if (!input.value.trim()) { $('comment-error').textContent = 'Write something first.'; return; }
    send({ type: 'comment', text: input.value });
    input.value = '';
  });
  $('like').onclick = () => { if (interact()) send({ type: 'like', taps: 1 }); };
  // Gifts of the catalog (sponsorship income of the show), one tap each.
  LM_AUTH.api('/api/gifts').then(answer => {
    if (!answer.ok) return;
    $('gifts').replaceChildren(...answer.body.slice(0, 4).map(g => el('button', { class: 'secondary', 'data-gift': g.code,
      on: { click: () => { if (interact()) send({ type: 'gift', code: g.code, quantity: 1 }); } } }, g.name + ' · ' + money(g.price))));
  });

  // ---------------------------------------------------------------- the pinned card and one-tap buy
  async function buy(skuId, flashSaleId, button) {
    if (!interact()) return;
    button.disabled = true;
    const payment = $('payment').value;
    const body = { showId, skuId, quantity: 1, payment };
    if (flashSaleId) body.flashSaleId = flashSaleId;
    try {
      const answer = await LM_AUTH.api('/api/orders', { method: 'POST', headers: { 'Idempotency-Key': newKey() }, body }, user.token);
      if (!answer.ok) {
        stats.errors.push({ about: 'buy', status: answer.status, detail: answer.body && answer.body.detail });
        notice((answer.body && answer.body.detail) || 'Could not place the order (' + answer.status + ').', true);
        return;
      }
      stats.orders.push(answer.body.id);
      // What to do next is the order's own message: pay in cash on delivery, pay online within N minutes, or at pick-up.
      notice('Order placed: ' + answer.body.quantity + ' × ' + money(answer.body.unitPrice) + ' = ' + money(answer.body.total)
        + '. ' + answer.body.message);
      if (answer.body.online && answer.body.online.checkoutUrl) {
        $('notice').append(' ', el('a', { href: answer.body.online.checkoutUrl, id: 'pay-now', 'data-order': answer.body.id }, 'Pay now'), ' ·');
      }
      $('notice').append(' ', el('a', { href: '/orders.html' }, 'My orders'));
    } finally {
      button.disabled = false;
      refreshButtons();
    }
  }

  function showPinned(card) {
    stats.pinned = card || null;
    const box = $('pinned');
    box.hidden = !card;
    payChoice();
    if (!card) { box.replaceChildren(); return; }
    card.skus.forEach(s => { stats.stock[s.skuId] = s.left; });
    box.dataset.product = card.productId;
    box.replaceChildren(el('h3', {}, el('span', { class: 'badge LIVE' }, 'Pinned'), ' ', card.name), ...card.skus.map(s => el('div', { class: 'sku', 'data-sku': s.skuId },
      el('span', {}, el('b', {}, s.label || 'Standard'), ' · ' + money(s.price) + ' · ', el('span', { 'data-left': s.skuId }, '')),
      el('button', { 'data-buy': s.skuId, on: { click: e => buy(s.skuId, null, e.currentTarget) } }, 'Buy'))));
    refreshButtons();
  }

  function refreshButtons() {
    document.querySelectorAll('[data-left]').forEach(span => {
      const left = stats.stock[span.dataset.left];
      span.textContent = left > 0 ? left + ' left' : 'sold out';
    });
    document.querySelectorAll('[data-buy]').forEach(b => {
      const left = stats.stock[b.dataset.buy];
      if (!(left > 0)) { b.disabled = true; b.textContent = 'Sold out'; } else if (b.textContent === 'Sold out') { b.disabled = false; b.textContent = 'Buy'; }
    });
  }

  // How to pay: asked next to the buy buttons, while there is something to buy.
  function payChoice() { $('pay-choice').hidden = !stats.pinned && !stats.sale; }

  // ---------------------------------------------------------------- the flash sale banner
  let countdown;
  function showSale(sale) {
    stats.sale = sale || null;
    clearInterval(countdown);
    const box = $('sale');
    box.hidden = !sale;
    payChoice();
    if (!sale) { box.replaceChildren(); return; }
    const ends = Date.now() + (sale.secondsLeft || 0) * 1000;
    const clock = el('span', { class: 'countdown', id: 'sale-countdown' }, '');
    const name = stats.pinned && stats.pinned.skus.find(s => s.skuId === sale.skuId);
    const button = el('button', { id: 'sale-buy', 'data-sale': sale.saleId,
      on: { click: e => buy(sale.skuId, sale.saleId, e.currentTarget) } }, 'Buy at ' + money(sale.price));
    box.className = 'sale' + (sale.soldOut ? ' sold-out' : '');
    box.replaceChildren(el('div', { class: 'row' }, el('b', {}, 'Flash sale' + (name ? ': ' + name.label : '')), sale.soldOut ? '' : clock),
      el('p', { class: 'status' }, sale.quantity + ' units at ' + money(sale.price) + ', at most ' + sale.perBuyerLimit + ' each'),
      sale.soldOut ? el('p', { id: 'sale-sold-out' }, 'Sold out!') : button);
    const draw = () => {
      const left = Math.max(0, Math.round((ends - Date.now()) / 1000));
      clock.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
      stats.saleSecondsLeft = left;
      if (left === 0) { clearInterval(countdown); button.disabled = true; }
    };
    draw();
    if (!sale.soldOut) countdown = setInterval(draw, 1000);
  }

  // ---------------------------------------------------------------- the lottery banner
  function showLottery(lottery) {
    stats.lottery = lottery || null;
    const box = $('lottery');
    if (!lottery) { if (!stats.drawn) { box.hidden = true; box.replaceChildren(); } return; }
    stats.drawn = null;
    stats.entered = false;
    box.hidden = false;
    const keyword = lottery.rule === 'keyword';
    const how = keyword ? 'Comment \u201c' + lottery.keyword + '\u201d to enter.' : 'For the anchor\u2019s followers: tap Enter.';
    const button = el('button', { id: 'lottery-enter', on: { click: () => {
      if (!interact()) return;
      if (keyword) {
        $('comment-text').value = lottery.keyword;
        $('comment-text').focus();
        notice('Send the keyword \u201c' + lottery.keyword + '\u201d as a comment to enter the lottery.');
      } else {
        send({ type: 'lottery-enter' });
      }
    } } }, 'Enter');
    box.replaceChildren(el('div', { class: 'row' }, el('b', {}, 'Lottery: ' + lottery.winners + ' winner' + (lottery.winners === 1 ? '' : 's')), button),
      el('p', { class: 'status', id: 'lottery-how' }, how),
      el('p', { class: 'status' }, 'Seed hash (for checking the draw): ' + String(lottery.seedHash || '').slice(0, 16) + '\u2026'));
  }
  function showDrawn(d) {
    stats.lottery = null;
    stats.drawn = d;
    const names = (d.winners || []).map(w => w.name || w.id);
    const won = user && (d.winners || []).some(w => w.id === user.id);
    const box = $('lottery');
    box.hidden = false;
    box.replaceChildren(el('b', {}, won ? 'You won the lottery!' : 'Lottery drawn'),
      el('p', {}, 'Winners: ', el('span', { id: 'lottery-winners' }, names.length ? names.join(', ') : 'nobody entered')),
      el('p', { class: 'status' }, d.entrants + ' entrant' + (d.entrants === 1 ? '' : 's') + ' · ',
        el('a', { href: d.verify || '/api/lotteries/' + d.lotteryId, target: '_blank', rel: 'noopener' }, 'check the draw')));
  }

  // ---------------------------------------------------------------- the comment floor ("the Nth comment wins")
  const ordinal = n => n + (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] || 'th'));
  function floorRule(f) { return f.nth > 0 ? 'the ' + ordinal(f.nth) + ' comment wins' : 'every ' + ordinal(f.every) + ' comment wins'; }
  function showFloor(f) {
    if (f && (!stats.floor || stats.floor.contestId !== f.contestId)) stats.floorWins = [];
    stats.floor = f || null;
    drawFloor();
  }
  function drawFloor() {
    const box = $('floor');
    const f = stats.floor;
    const wins = stats.floorWins;
    box.hidden = !f && !wins.length;
    const mine = user && wins.some(w => w.user && w.user.id === user.id);
    box.replaceChildren(
      el('b', {}, mine ? 'You won the comment floor!' : f ? 'Comment floor: ' + floorRule(f) + '!' : 'Comment floor won'),
      f && !wins.length ? el('p', { class: 'status' }, 'Comment to take part (the anchor’s own comments do not count).') : '',
      wins.length ? el('p', { id: 'floor-winners' }, 'Winners: ', wins.map(w => '#' + w.number + ' ' + (w.user && w.user.name || '?')).join(', ')) : '');
  }
  function floorWon(m) {
    if (!stats.floorWins.some(w => w.commentId === m.commentId)) stats.floorWins.push(m);
    if (stats.floor && stats.floor.nth > 0) stats.floor = null; // an "Nth comment" contest ends with its winner
    drawFloor();
  }

  ws.onmessage = async event => handle(JSON.parse(event.data));
  async function handle(m) {
    switch (m.type) {
      case 'batch':
        for (const e of m.events) await handle(e);
        break;
      case 'state':
        stats.stateAt = Date.now();
        m.comments.forEach(addComment);
        showCounts(m.viewers, m.likes);
        showPinned(m.pinned);
        showSale(m.sale);
        showLottery(m.lottery);
        showFloor(m.floor);
        break;
      case 'floor-opened':
        showFloor(m);
        break;
      case 'floor-won':
        floorWon(m);
        break;
      case 'floor-closed':
        if (stats.floor && stats.floor.contestId === m.contestId) showFloor(null);
        break;
      case 'lottery-opened':
        showLottery(m);
        break;
      case 'lottery-entered':
        stats.entered = true;
        notice(m.new ? 'You are in the draw. Good luck!' : 'You are already in the draw.');
        break;
      case 'lottery-drawn':
        showDrawn(m);
        break;
      case 'muted':
        stats.mutedUntil = m.until;
        notice('You are muted in this room until ' + LM_PAGE.when(m.until) + ': you can still watch and buy.', true);
        break;
      case 'banned':
        stats.banned = true;
        closePeer();
        notice('You were banned from this room by its moderators.', true);
        break;
      case 'pinned':
        showPinned(m.card);
        break;
      case 'unpinned':
        showPinned(null);
        break;
      case 'stock':
        stats.stock[m.skuId] = m.left;
        refreshButtons();
        break;
      case 'sale-opened':
        showSale(m);
        break;
      case 'sale-sold-out':
        if (stats.sale && stats.sale.saleId === m.saleId) showSale(Object.assign({}, stats.sale, { soldOut: true, secondsLeft: 0 }));
        break;
      case 'sale-closed':
        if (stats.sale && stats.sale.saleId === m.saleId) showSale(null);
        break;
      case 'gift':
        chat.gift(m);
        break;
      case 'comment':
        addComment(m);
        break;
      case 'comment-deleted':
        chat.remove(m.id);
        break;
      case 'likes':
        showCounts(null, m.total);
        break;
      case 'hello':
        setStatus(m.status);
        feeds = m.feeds;
        if (m.status === 'LIVE' && feeds > 0) watch(); else if (m.status !== 'ENDED') notice('Waiting for the video to start…');
        break;
      case 'stream':
        if (m.feeds !== feeds) { feeds = m.feeds; if (feeds > 0) watch(); else { closePeer(); notice('The video paused…'); } }
        break;
      case 'offer':
        await onOffer(m.sdp);
        break;
      case 'watching':
        stats.watching = true;
        setStatus('LIVE');
        break;
      case 'viewers':
        showCounts(m);
        break;
      case 'interrupted':
        stats.interruptions++;
        feeds = 0;
        closePeer();
        setStatus('INTERRUPTED');
        notice('The video was interrupted; it comes back when the anchor resumes.', true);
        break;
      case 'resumed':
        setStatus('LIVE');
        break;
      case 'ended':
        stats.ended = true;
        closePeer();
        setStatus('ENDED');
        notice('The show has ended. Thanks for watching!');
        ws.close();
        break;
      case 'error':
        stats.errors.push(m);
        if (m.about === 'watch' && feeds > 0 && (stats.watchRetries = (stats.watchRetries || 0) + 1) <= 5) {
          setTimeout(() => { if (feeds > 0 && !stats.watching) watch(); }, 500); // e.g. the stream is being replaced
        }
        if (m.about === 'ice') console.warn(m.message);
        else if (m.about === 'comment') $('comment-error').textContent = m.message;
        else if (m.about === 'hello' && m.code === 'forbidden') { stats.banned = true; notice(m.message, true); }
        else if (m.about !== 'watch' || feeds > 0) notice(m.message, true);
        break;
    }
  }
})().catch(e => {
  const n = document.getElementById('notice');
  n.hidden = false; n.className = 'notice error'; n.textContent = e.message;
});
