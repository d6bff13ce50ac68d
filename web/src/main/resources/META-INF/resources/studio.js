// The anchor's studio. Without ?show=: plan a show (title, time, line-up from the selection, modes, cover).
// With ?show=ID: camera preview, go live (REST start + publish over the room socket), pin a line-up product,
// open a flash sale, the chat with moderation (delete, mute, ban; the room's blocked words), a verifiable lottery (open,
// close and draw, the result), a comment-floor contest (the Nth comment wins: open, winners, close), live figures (viewers, likes, gifts from the channel; orders, GMV from the API), end.
'use strict';

(async () => {
  const $ = id => document.getElementById(id);
  const { el, notice, showProblem, validate, money } = LM_PAGE;
  const showId = new URLSearchParams(location.search).get('show');
  const state = { pc: null, ws: null, stream: null, published: false, ended: false, errors: [], products: {},
    figures: { viewers: 0, likes: 0, gifts: 0, orders: 0, units: 0, gmv: null }, pinned: null, sale: null, saleIds: [],
    lottery: null, drawn: [], moderated: [], floor: null, floorWins: [] };
  window.lmStudio = state;

  const user = await LM_AUTH.requireUser();
  $('user').textContent = user.name;
  $('logout').onclick = e => { e.preventDefault(); LM_AUTH.logout(); };
  if (!user.roles.includes('anchor')) {
    notice('The studio is for anchors; you are signed in as ' + user.name + '.', true);
    $('status').textContent = '—';
    return;
  }

  // ------------------------------------------------------------------ plan a show
  if (!showId) {
    $('title').textContent = 'Plan a show';
    $('status').textContent = 'NEW';
    $('plan').hidden = false;
    const soon = new Date(Date.now() + 15 * 60000);
    soon.setSeconds(0, 0);
    $('plan-start').value = new Date(soon.getTime() - soon.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
    ['VALUE', 'TALENT', 'RARE', 'CELEBRITY', 'ALTRUISTIC', 'CONTRAST', 'INTERVIEW'].forEach(mode => $('plan-modes').append(
      el('label', {}, el('input', { type: 'checkbox', name: 'mode', value: mode, checked: mode === 'VALUE' }),
        mode.charAt(0) + mode.slice(1).toLowerCase())));
    // The anchor's live and scheduled shows, to come back to.
    Promise.all(['LIVE', 'INTERRUPTED', 'SCHEDULED'].map(status => LM_AUTH.api('/api/shows?size=20&status=' + status
      + '&anchorId=' + encodeURIComponent(user.id), {}, user.token))).then(answers => {
      const shows = answers.filter(a => a.ok).flatMap(a => a.body);
      $('my-shows').replaceChildren(...(shows.length ? shows.map(s => el('div', { class: 'card row', 'data-show': s.id },
        el('a', { href: '/studio.html?show=' + encodeURIComponent(s.id) }, s.title),
        el('span', {}, el('span', { class: 'badge ' + s.status }, s.status), ' ', LM_PAGE.when(s.scheduledStart))))
        : [el('p', { class: 'status' }, 'No live or planned show yet.')]));
    });
    const selection = await LM_AUTH.api('/api/selection', {}, user.token);
    const items = selection.ok ? selection.body : [];
    $('plan-lineup').replaceChildren(...(items.length ? items.map(item => el('label', { class: 'pick' },
      el('input', { type: 'checkbox', name: 'lineup', value: item.productId, 'data-product': item.productId }),
      item.productName || item.productId, el('span', { class: 'status' }, ' · ' + item.commissionRate + ' % commission')))
      : [el('p', { class: 'status' }, 'Your selection is empty: take products from merchants\u2019 offers first.')]));
    state.planReady = true;
    $('plan-form').addEventListener('submit', async e => {
      e.preventDefault();
      const form = e.target;
      if (!validate(form)) return;
      const lineup = [...form.querySelectorAll('input[name=lineup]:checked')].map(i => i.value);
      const modes = [...form.querySelectorAll('input[name=mode]:checked')].map(i => i.value);
      if (!lineup.length) {
        form.querySelector('[data-field="lineup"]').textContent = 'Pick at least one product.';
        notice('Please correct the marked fields.', true);
        return;
      }
      const body = { title: form.elements.title.value.trim(), scheduledStart: new Date(form.elements.scheduledStart.value).toISOString(),
        lineup, marketingModes: modes.length ? modes : null, coverImageUrl: form.elements.coverImageUrl.value.trim() || null };
      $('plan-submit').disabled = true;
      const made = await LM_AUTH.api('/api/shows', { method: 'POST', body }, user.token);
      $('plan-submit').disabled = false;
      if (!made.ok) { showProblem(form, made); return; }
      location.assign('/studio.html?show=' + encodeURIComponent(made.body.id));
    });
    return;
  }

  // ------------------------------------------------------------------ the show's studio
  $('studio').hidden = false;
  $('roomlink').href = '/room.html?show=' + encodeURIComponent(showId);

  function setStatus(status) {
    state.status = status;
    $('status').textContent = status;
    $('status').className = 'badge ' + status;
    $('golive').disabled = !(status === 'SCHEDULED' || status === 'INTERRUPTED' || (status === 'LIVE' && !state.published));
    $('golive').textContent = status === 'SCHEDULED' ? 'Go live' : 'Publish again';
    $('end').disabled = !(status === 'LIVE' || status === 'INTERRUPTED');
    const live = status === 'LIVE' || status === 'INTERRUPTED';
    // Once ended, the studio is the show's summary: no camera, no controls, no sale form.
    const over = status === 'ENDED';
    ['preview', 'controls', 'sale-section'].forEach(id => { $(id).hidden = over; });
    if (over) {
      $('fig-viewers-label').textContent = 'peak viewers';
      $('fig-viewers').textContent = String(Math.max(state.peakViewers || 0, state.figures.viewers || 0));
      $('fig-likes').parentElement.hidden = true;
    }
    $('sale-open').disabled = !live;
    ['lottery-section', 'floor-section'].forEach(id => { $(id).hidden = over; });
    $('floor-open').disabled = !live || !!state.floor;
    $('floor-close').disabled = !live || !state.floor;
    $('lottery-open').disabled = !live || !!state.lottery;
    $('lottery-draw').disabled = !live || !state.lottery;
    document.querySelectorAll('[data-pin]').forEach(b => { b.disabled = !live || !state.ws; b.hidden = over; });
  }

  const shown = await LM_AUTH.api('/api/shows/' + encodeURIComponent(showId), {}, user.token);
  if (!shown.ok) { notice((shown.body && shown.body.detail) || 'Could not load the show.', true); return; }
  $('title').textContent = shown.body.title;
  document.title = shown.body.title + ' · studio';
  state.peakViewers = shown.body.peakViewers;

  // The line-up with its SKUs (public catalog), each product pinnable, each SKU a choice for a flash sale.
  const products = await Promise.all(shown.body.lineup.map(id => LM_AUTH.api('/api/products/' + encodeURIComponent(id))));
  const skuOptions = [];
  $('lineup').replaceChildren(...products.filter(p => p.ok).map(({ body: p }) => {
    state.products[p.id] = p;
    p.skus.forEach(s => skuOptions.push(el('option', { value: s.id, 'data-price': s.price.amount }, (s.label || p.name) + ' · ' + money(s.price))));
    const pin = el('button', { class: 'secondary', 'data-pin': p.id, disabled: true, on: { click: () => send({ type: 'pin', productId: p.id }) } }, 'Pin');
    return el('div', { class: 'card', 'data-product': p.id },
      el('div', { class: 'row' }, el('h3', {}, p.name), pin),
      el('p', { class: 'status' }, p.skus.map(s => s.label + ' ' + money(s.price) + ' (' + s.stock + ' in stock)').join(' · ')));
  }));
  $('sale-sku').replaceChildren(...skuOptions);
  $('sale-sku').onchange = () => { const o = $('sale-sku').selectedOptions[0]; if (o && !$('sale-price').value) $('sale-price').value = o.dataset.price; };
  $('sale-sku').onchange();
  setStatus(shown.body.status);

  // ------------------------------------------------------------------ figures
  function figure(name, value) {
    state.figures[name] = value;
    $('fig-' + name).textContent = name === 'gmv' ? (value ? money(value) : '0.00') : String(value);
  }
  async function refreshSales() {
    const sales = await LM_AUTH.api('/api/orders/anchor/sales?showId=' + encodeURIComponent(showId), {}, user.token);
    if (sales.ok) {
      const s = (sales.body || []).find(x => x.showId === showId);
      if (s) {
        figure('orders', s.orders); figure('units', s.units); figure('gmv', s.gmv);
        $('fig-commission').textContent = 'Your commission: ' + money(s.commission);
      }
    }
    const gifts = await LM_AUTH.api('/api/shows/' + encodeURIComponent(showId) + '/sponsorship', {}, user.token);
    if (gifts.ok) {
      figure('gifts', gifts.body.gifts);
      $('fig-gifts').title = (gifts.body.totals || []).map(t => money(t.income)).join(', ');
    }
    state.figuresLoaded = (state.figuresLoaded || 0) + 1;
  }
  await refreshSales();
  state.refresher = setInterval(() => {
    if (state.status === 'LIVE' || state.status === 'INTERRUPTED') refreshSales().catch(e => console.warn(e));
  }, 3000);

  // ------------------------------------------------------------------ the chat, the pinned card, the sale
  // Moderation of the room (REST, as the show's anchor): answers whether it was done; the effect comes back on the socket.
  async function moderate(what, method, path, body) {
    const answer = await LM_AUTH.api('/api/shows/' + encodeURIComponent(showId) + path, { method, body }, user.token);
    if (!answer.ok) { notice((answer.body && answer.body.detail) || 'Could not ' + what + ' (' + answer.status + ').', true); return false; }
    state.moderated.push(what);
    return true;
  }
  function actions(c) {
    if (typeof c.id !== 'number' || !c.user || !c.user.id || c.user.id === user.id) return '';
    const who = c.user.name || c.user.id;
    return el('span', { class: 'actions' },
      el('button', { class: 'secondary', 'data-delete': c.id, title: 'Delete this comment for everyone', on: { click: async () => {
        if (await moderate('delete comment', 'DELETE', '/comments/' + c.id)) notice('Comment deleted.');
      } } }, 'Delete'),
      el('button', { class: 'secondary', 'data-mute': c.user.id, title: 'Mute ' + who + ' for 10 minutes', on: { click: async () => {
        if (await moderate('mute', 'POST', '/mutes', { userId: c.user.id, minutes: 10 })) notice(who + ' is muted for 10 minutes.');
      } } }, 'Mute 10 min'),
      el('button', { class: 'secondary', 'data-ban': c.user.id, title: 'Ban ' + who + ' from this room', on: { click: async () => {
        if (!confirm('Ban ' + who + ' from this room for the rest of the show?')) return;
        if (await moderate('ban', 'POST', '/bans', { userId: c.user.id })) notice(who + ' is banned from this room.');
      } } }, 'Ban'));
  }
  const chat = LM_PAGE.chat($('comments'), 100, c => actions(c));
  const addComment = c => chat.add(c);
  function showPinned(card) {
    state.pinned = card ? card.productId : null;
    document.querySelectorAll('[data-pin]').forEach(b => { b.textContent = b.dataset.pin === state.pinned ? 'Pinned' : 'Pin'; });
  }
  let countdown;
  function showSale(sale) {
    state.sale = sale;
    clearInterval(countdown);
    if (!sale) { $('sale-now').textContent = ''; return; }
    if (!state.saleIds.includes(sale.saleId)) state.saleIds.push(sale.saleId);
    const ends = Date.now() + (sale.secondsLeft || 0) * 1000;
    const draw = () => {
      const left = Math.max(0, Math.round((ends - Date.now()) / 1000));
      $('sale-now').textContent = sale.soldOut ? 'Flash sale sold out.'
        : 'Flash sale open: ' + sale.quantity + ' units at ' + money(sale.price) + ', ' + left + ' s left.';
    };
    draw();
    countdown = setInterval(draw, 1000);
  }

  function send(message) {
    if (!state.ws || state.ws.readyState !== WebSocket.OPEN) { notice('Not connected to the room yet.', true); return; }
    state.ws.send(JSON.stringify(message));
  }

  let camera;
  async function cameraOn() {
    if (state.stream) return state.stream;
    camera ??= navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: true }).then(s => {
      state.stream = s;
      $('preview').srcObject = s;
      return s;
    });
    return camera;
  }

  function connect() {
    return new Promise((resolve, reject) => {
      const ws = LM_AUTH.roomSocket(showId, user.token);
      state.ws = ws;
      ws.onopen = () => { setStatus(state.status); resolve(ws); };
      ws.onerror = () => reject(new Error('The room socket could not be opened.'));
      ws.onclose = () => { if (!state.ended) notice('Disconnected from the room.', true); };
      ws.onmessage = event => onMessage(JSON.parse(event.data));
    });
  }

  async function onMessage(m) {
    switch (m.type) {
      case 'batch':
        for (const e of m.events) await onMessage(e);
        break;
      case 'state':
        figure('viewers', m.viewers.count);
        figure('likes', m.likes || 0);
        $('viewers').textContent = m.viewers.count + ' in the room';
        (m.comments || []).forEach(addComment);
        showPinned(m.pinned);
        showSale(m.sale);
        showLottery(m.lottery);
        showFloor(m.floor);
        break;
      case 'floor-opened':
        showFloor(m);
        notice('Comment floor open: ' + floorRule(m) + '.');
        break;
      case 'floor-won':
        floorWon(m);
        break;
      case 'floor-closed':
        if (state.floor && state.floor.contestId === m.contestId) showFloor(null);
        notice('Comment floor closed.');
        break;
      case 'lottery-opened':
        showLottery(m);
        break;
      case 'lottery-drawn':
        showLottery(null);
        showDrawn(m);
        break;
      case 'answer':
        await state.pc.setRemoteDescription({ type: 'answer', sdp: m.sdp });
        state.published = true;
        setStatus('LIVE');
        notice('You are live.');
        break;
      case 'viewers':
        figure('viewers', m.count);
        $('viewers').textContent = m.count + ' in the room';
        break;
      case 'likes':
        figure('likes', m.total);
        break;
      case 'gift':
        figure('gifts', state.figures.gifts + (m.quantity || 1));
        chat.gift(m);
        break;
      case 'comment':
        addComment(m);
        break;
      case 'comment-deleted':
        chat.remove(m.id);
        break;
      case 'pinned':
        showPinned(m.card);
        notice('Pinned: ' + m.card.name);
        break;
      case 'unpinned':
        showPinned(null);
        break;
      case 'sale-opened':
        showSale(m);
        break;
      case 'sale-sold-out':
        if (state.sale && state.sale.saleId === m.saleId) showSale(Object.assign({}, state.sale, { soldOut: true, secondsLeft: 0 }));
        refreshSales();
        break;
      case 'sale-closed':
        if (state.sale && state.sale.saleId === m.saleId) { showSale(null); $('sale-now').textContent = 'Last flash sale closed: ' + m.soldUnits + ' sold.'; }
        break;
      case 'stock':
        refreshSales();
        break;
      case 'interrupted':
        closePeer();
        setStatus('INTERRUPTED');
        notice('The video service restarted; publishing again…', true);
        setTimeout(() => publish().catch(e => notice(e.message, true)), 500);
        break;
      case 'ended':
        ended();
        break;
      case 'error':
        state.errors.push(m);
        if (m.about === 'publish' && m.code === 'service-unavailable' && state.status === 'INTERRUPTED' && !state.ended) {
          closePeer(); // the video service is still coming back: try again shortly
          setTimeout(() => publish().catch(e => notice(e.message, true)), 1000);
        }
        if (m.about === 'floor-open') $('floor-form').querySelector('[data-field="n"]').textContent = m.message;
        if (m.about !== 'ice') notice(m.message, true); // candidates of a refused offer: the offer's error says why
        else console.warn(m.message);
        break;
    }
  }

  function closePeer() {
    state.published = false;
    if (state.pc) { state.pc.close(); state.pc = null; }
  }

  async function publish() {
    const stream = await cameraOn();
    if (!state.ws || state.ws.readyState !== WebSocket.OPEN) await connect();
    closePeer();
    const pc = new RTCPeerConnection();
    state.pc = pc;
    stream.getTracks().forEach(track => pc.addTrack(track, stream));
    pc.onicecandidate = e => send({ type: 'ice', target: 'publisher', candidate: e.candidate ? e.candidate.toJSON() : null });
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    send({ type: 'publish', sdp: offer.sdp });
  }

  function ended() {
    if (state.ended) return;
    state.ended = true;
    closePeer();
    if (state.stream) state.stream.getTracks().forEach(t => t.stop());
    setStatus('ENDED');
    notice('The show has ended.');
    if (state.ws) state.ws.close();
    refreshSales();
  }

  $('golive').onclick = async () => {
    $('golive').disabled = true;
    try {
      await cameraOn();
      if (state.status === 'SCHEDULED') {
        const started = await LM_AUTH.api('/api/shows/' + encodeURIComponent(showId) + '/start', { method: 'POST' }, user.token);
        if (!started.ok) throw new Error((started.body && started.body.detail) || 'Could not go live.');
        setStatus(started.body.status);
      }
      await publish();
    } catch (e) {
      notice(e.message, true);
      setStatus(state.status);
    }
  };

  $('end').onclick = async () => {
    $('end').disabled = true;
    const done = await LM_AUTH.api('/api/shows/' + encodeURIComponent(showId) + '/end', { method: 'POST' }, user.token);
    if (!done.ok) { notice((done.body && done.body.detail) || 'Could not end the show.', true); setStatus(state.status); return; }
    ended();
  };

  // ------------------------------------------------------------------ the lottery
  function showLottery(lottery) {
    state.lottery = lottery || null;
    $('lottery-now').textContent = !lottery ? ''
      : 'Lottery open (' + (lottery.rule === 'keyword' ? 'comment \u201c' + lottery.keyword + '\u201d' : 'followers tap Enter')
        + ', ' + lottery.winners + ' winner' + (lottery.winners === 1 ? '' : 's') + '). Seed hash ' + String(lottery.seedHash).slice(0, 16) + '\u2026';
    setStatus(state.status);
  }
  function showDrawn(d) {
    state.drawn.push(d);
    const names = (d.winners || []).map(w => w.name || w.id);
    $('lottery-result').replaceChildren(el('div', { class: 'card', 'data-lottery': d.lotteryId },
      el('h3', {}, 'Lottery drawn'),
      el('p', {}, d.entrants + ' entrant' + (d.entrants === 1 ? '' : 's') + ' · winners: ', el('b', { id: 'lottery-winners-list' }, names.length ? names.join(', ') : 'nobody entered')),
      el('p', { class: 'status' }, 'Seed ', String(d.seed || ''), ' · ', el('a', { href: d.verify || '/api/lotteries/' + d.lotteryId, target: '_blank', rel: 'noopener' }, 'verify the draw'))));
  }
  $('lottery-rule').onchange = () => { $('lottery-keyword').disabled = $('lottery-rule').value !== 'keyword'; };
  $('lottery-form').addEventListener('submit', e => {
    e.preventDefault();
    const form = e.target;
    if (!validate(form)) return;
    const rule = form.elements.rule.value;
    const keyword = form.elements.keyword.value.trim();
    if (rule === 'keyword' && !keyword) {
      form.querySelector('[data-field="keyword"]').textContent = 'The keyword rule needs a keyword.';
      notice('Please correct the marked fields.', true);
      return;
    }
    const message = { type: 'lottery-open', rule, winners: Number(form.elements.winners.value) };
    if (rule === 'keyword') message.keyword = keyword;
    send(message);
  });
  $('lottery-draw').onclick = () => send({ type: 'lottery-close' });

  // ------------------------------------------------------------------ the comment floor
  const ordinal = n => n + (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] || 'th'));
  function floorRule(f) { return f.nth > 0 ? 'the ' + ordinal(f.nth) + ' viewer comment wins' : 'every ' + ordinal(f.every) + ' viewer comment wins'; }
  function showFloor(f) {
    if (f && (!state.floor || state.floor.contestId !== f.contestId)) { state.floorWins = []; drawFloorWins(); }
    state.floor = f || null;
    $('floor-now').textContent = f ? 'Contest open: ' + floorRule(f) + (f.count ? ' (' + f.count + ' counted so far)' : '') + '.' : '';
    setStatus(state.status);
  }
  function floorWon(m) {
    if (!state.floorWins.some(w => w.commentId === m.commentId)) state.floorWins.push(m);
    if (state.floor && state.floor.nth > 0) showFloor(null); // an "Nth comment" contest ends with its winner
    drawFloorWins();
    notice('Comment floor: ' + (m.user && m.user.name || '?') + ' wrote comment #' + m.number + ' and wins.');
  }
  function drawFloorWins() {
    $('floor-result').replaceChildren(...(state.floorWins.length ? [el('div', { class: 'card', 'data-floor-winners': '' },
      el('h3', {}, 'Comment floor winners'),
      el('ul', { id: 'floor-winners-list' }, ...state.floorWins.map(w => el('li', { 'data-comment': w.commentId },
        '#' + w.number + ' · ', el('b', {}, w.user && w.user.name || '?'),
        ' (', el('span', { class: 'status' }, 'user id ' + (w.user && w.user.id || '?')), ')'))))] : []));
  }
  $('floor-form').addEventListener('submit', e => {
    e.preventDefault();
    const form = e.target;
    if (!validate(form)) return;
    const n = Number(form.elements.n.value);
    send(form.elements.rule.value === 'nth' ? { type: 'floor-open', nth: n } : { type: 'floor-open', every: n });
  });
  $('floor-close').onclick = () => send({ type: 'floor-close' });

  // ------------------------------------------------------------------ the room's blocked words
  LM_AUTH.api('/api/shows/' + encodeURIComponent(showId) + '/blocked-words', {}, user.token).then(answer => {
    if (answer.ok) $('blocked-words').value = answer.body.words.join(', ');
    state.wordsLoaded = true;
  });
  $('words-form').addEventListener('submit', async e => {
    e.preventDefault();
    const form = e.target;
    const words = form.elements.words.value.split(',').map(w => w.trim()).filter(w => w);
    const answer = await LM_AUTH.api('/api/shows/' + encodeURIComponent(showId) + '/blocked-words', { method: 'PUT', body: { words } }, user.token);
    if (!answer.ok) { showProblem(form, answer); return; }
    form.elements.words.value = answer.body.words.join(', ');
    notice(answer.body.words.length ? 'Blocked in this room: ' + answer.body.words.join(', ') + '.' : 'No blocked words in this room.');
  });

  $('sale-form').addEventListener('submit', async e => {
    e.preventDefault();
    const form = e.target;
    if (!validate(form)) return;
    const f = form.elements;
    $('sale-open').disabled = true;
    const opened = await LM_AUTH.api('/api/flash-sales', { method: 'POST', body: {
      showId, skuId: f.skuId.value, quantity: Number(f.quantity.value), price: { amount: f.price.value, currency: 'EUR' },
      perBuyerLimit: Number(f.perBuyerLimit.value), durationSeconds: Number(f.durationSeconds.value) } }, user.token);
    setStatus(state.status);
    if (!opened.ok) { showProblem(form, opened); return; }
    if (!state.saleIds.includes(opened.body.id)) state.saleIds.push(opened.body.id);
    notice('Flash sale open: ' + opened.body.quantity + ' units at ' + money(opened.body.price) + '.');
  });

  if (state.status === 'SCHEDULED' || state.status === 'LIVE' || state.status === 'INTERRUPTED') {
    await cameraOn().catch(e => notice('No camera: ' + e.message, true));
  }
  if (state.status === 'LIVE' || state.status === 'INTERRUPTED') await connect();
  state.ready = true;
})().catch(e => {
  const n = document.getElementById('notice');
  n.hidden = false; n.className = 'notice error'; n.textContent = e.message;
});
