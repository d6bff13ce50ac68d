// The shopper's orders: status and what to do next (pay online at the provider's page, pick up in store), the parcel's
// live tracking timeline, and feedback once delivered. Back from the payment page with ?order=ID, that order is shown.
'use strict';

(async () => {
  const { el, notice, showProblem, money, when, stream } = LM_PAGE;
  const user = await LM_AUTH.requireUser();
  document.getElementById('who').textContent = user.name;
  const list = document.getElementById('orders');
  window.lmOrders = { timelines: {} };

  const answer = await LM_AUTH.api('/api/orders/mine', {}, user.token);
  if (!answer.ok) {
    list.textContent = '';
    notice(answer.body && answer.body.detail || 'Your orders could not be loaded.', true);
    return;
  }
  list.textContent = '';
  if (answer.body.length === 0) list.append(el('p', { class: 'status' }, 'No orders yet: buy during a live show.'));
  answer.body.forEach(order => list.append(card(order)));
  window.lmOrders.statuses = Object.fromEntries(answer.body.map(o => [o.id, o.status]));

  const back = new URLSearchParams(location.search).get('order');
  const returned = back && answer.body.find(o => o.id === back);
  if (returned) {
    const box = list.querySelector('[data-order="' + CSS.escape(back) + '"]');
    box.classList.add('highlight');
    box.scrollIntoView({ block: 'center' });
    if (returned.status === 'PAID') notice('Payment received: \u201c' + returned.productName + '\u201d is paid. The merchant will ship it.');
    else if (returned.status === 'AWAITING_PAYMENT') notice('\u201c' + returned.productName + '\u201d is not paid yet. ' + returned.message, true);
    else notice('\u201c' + returned.productName + '\u201d: ' + returned.message);
  }

  function card(order) {
    const box = el('section', { class: 'card', 'data-order': order.id },
      el('div', { class: 'row' }, el('h3', {}, order.productName),
        el('span', { class: 'badge', 'data-status': order.status }, order.status.replace(/_/g, ' ').toLowerCase())),
      el('div', { class: 'status' }, order.quantity + ' × ' + money(order.unitPrice) + ' = ' + money(order.total)
        + ' · ' + order.payment.replace(/_/g, ' ').toLowerCase() + ' · ' + when(order.createdAt)),
      el('p', { class: 'status', 'data-message': order.id }, order.message || ''));
    if (order.status === 'AWAITING_PAYMENT' && order.online && order.online.checkoutUrl) {
      box.append(el('div', { class: 'bar' }, el('button', { 'data-pay': order.id,
        on: { click: () => location.assign(order.online.checkoutUrl) } }, 'Pay online · ' + money(order.total))));
    }
    if (['SHIPPED', 'DELIVERED', 'COMPLETED'].includes(order.status)) box.append(tracking(order));
    if (['DELIVERED', 'COMPLETED'].includes(order.status)) box.append(feedback(order));
    return box;
  }

  function tracking(order) {
    const timeline = el('ol', { class: 'timeline', 'data-timeline': order.id });
    const status = el('p', { class: 'status' });
    const wrap = el('div', {}, status, timeline);
    (async () => {
      const parcel = await LM_AUTH.api('/api/shipments?orderId=' + encodeURIComponent(order.id), {}, user.token);
      if (!parcel.ok) { status.textContent = 'Not in a parcel yet.'; return; }
      status.textContent = parcel.body.carrier + ' · ' + parcel.body.trackingNumber;
      const seen = new Set();
      const add = event => {
        if (seen.has(event.id)) return;
        seen.add(event.id);
        const items = [...timeline.children, el('li', { 'data-type': event.type, 'data-at': event.occurredAt },
          el('strong', {}, event.type.replace(/_/g, ' ').toLowerCase()), ' · ', when(event.occurredAt),
          event.recipientName ? ' · received by ' + event.recipientName : '', event.note ? ' · ' + event.note : '')];
        items.sort((a, b) => a.dataset.at.localeCompare(b.dataset.at));
        items.forEach((li, i) => li.classList.toggle('latest', i === items.length - 1));
        timeline.replaceChildren(...items);
        window.lmOrders.timelines[order.id] = items.map(li => li.dataset.type);
        if (event.type === 'DELIVERED') {
          const badge = wrap.closest('.card').querySelector('.badge');
          badge.textContent = 'delivered';
          badge.dataset.status = 'DELIVERED';
        }
      };
      const past = await LM_AUTH.api('/api/shipments/' + parcel.body.id + '/timeline', {}, user.token);
      (past.body || []).forEach(add);
      window.lmOrders.timelines[order.id] ??= [];
      if (parcel.body.status === 'DELIVERED' || parcel.body.status === 'RETURNED_TO_SENDER') return;
      // One live timeline at a time: a browser keeps only a few connections per site open.
      const follow = el('button', { class: 'secondary', 'data-follow': order.id }, 'Follow live');
      follow.addEventListener('click', () => {
        window.lmOrders.following?.abort();
        const control = new AbortController();
        window.lmOrders.following = control;
        document.querySelectorAll('[data-follow]').forEach(b => { b.disabled = b === follow; });
        follow.textContent = 'Connecting…';
        stream('/api/shipments/' + parcel.body.id + '/timeline/live', user.token, add, control.signal,
          () => { follow.textContent = 'Following live'; })
          .catch(e => { if (e.name !== 'AbortError') notice(e.message, true); });
      });
      wrap.append(el('div', { class: 'bar' }, follow));
    })();
    return wrap;
  }

  function feedback(order) {
    const field = (name, label, input) => el('div', {}, el('label', { for: name + order.id }, label),
      Object.assign(input, { id: name + order.id, name }), el('div', { class: 'field-error', 'data-field': name }));
    const stars = () => el('select', {}, ...[5, 4, 3, 2, 1].map(n => el('option', { value: n }, n + ' ★')));
    const form = el('form', { class: 'feedback', 'data-feedback': order.id },
      field('rating', 'The item', stars()),
      field('merchantRating', 'The merchant', stars()),
      el('label', {}, Object.assign(el('input', { type: 'checkbox', name: 'asShown', checked: true })), ' As shown in the show'),
      field('comment', 'Your review', el('textarea', { maxlength: 2000, rows: 2 })),
      el('div', { class: 'bar' }, el('button', {}, 'Send feedback')));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const f = form.elements;
      const sent = await LM_AUTH.api('/api/feedback', { method: 'POST', body: {
        orderId: order.id, rating: Number(f.rating.value), merchantRating: Number(f.merchantRating.value),
        asShown: f.asShown.checked, comment: f.comment.value } }, user.token);
      if (!sent.ok) { showProblem(form, sent); return; }
      form.replaceWith(el('p', { class: 'status', 'data-rated': order.id }, 'Thank you: you rated it ' + sent.body.rating + ' ★.'));
      notice('Feedback sent.');
    });
    return form;
  }
})().catch(e => LM_PAGE.notice(e.message, true));
