// The merchant console: the store's products, adding a product (checked in the browser, then by the server), offers
// to anchors (make, withdraw, who took them), the parcels to ship (many at once), pick-ups in store (mark collected)
// and the sales per show.
'use strict';

(async () => {
  const { el, notice, showProblem, money } = LM_PAGE;
  const user = await LM_AUTH.requireUser();
  document.getElementById('who').textContent = user.name;
  if (!user.roles.includes('merchant')) {
    notice('This console is for merchants: your account (' + user.name + ') is not one.', true);
    return;
  }
  document.getElementById('console').hidden = false;
  window.lmMerchant = { shipped: [], offers: [], collected: [], sales: [], errors: [] };

  const store = await LM_AUTH.api('/api/stores/mine', {}, user.token);
  document.getElementById('store').textContent = store.ok ? store.body.name : 'No store yet';

  async function loadProducts() {
    const page = await LM_AUTH.api('/api/products/mine?size=100', {}, user.token);
    const rows = document.getElementById('product-rows');
    const items = page.body.items || [];
    const chosen = document.getElementById('offer-product').value;
    document.getElementById('offer-product').replaceChildren(...items.map(p => el('option', { value: p.id, selected: p.id === chosen }, p.name)));
    rows.replaceChildren(...items.map(p => el('tr', { 'data-product': p.id },
      el('td', {}, p.name), el('td', {}, p.skus.map(s => s.code + ' ' + money(s.price)).join(', ')),
      el('td', {}, String(p.stock)), el('td', {}, p.rating.count ? p.rating.average + ' ★ (' + p.rating.count + ')' : '—'))));
  }

  const form = document.getElementById('product-form');
  form.addEventListener('submit', async e => {
    e.preventDefault();
    form.querySelectorAll('.field-error').forEach(x => { x.textContent = ''; });
    const f = form.elements;
    const local = [['name', 'name'], ['category', 'category'], ['code', 'skus[0].code'], ['price', 'skus[0].price.amount'],
      ['cost', 'skus[0].costPrice.amount'], ['stock', 'skus[0].stock']].filter(([input]) => !f[input].checkValidity());
    if (local.length) {
      local.forEach(([input, field]) => {
        form.querySelector('[data-field="' + field + '"]').textContent = f[input].validationMessage || 'Please check this field.';
      });
      notice('Please correct the marked fields.', true);
      return;
    }
    const euros = v => ({ amount: v, currency: 'EUR' });
    const answer = await LM_AUTH.api('/api/products', { method: 'POST', body: {
      name: f.name.value, category: f.category.value,
      skus: [{ code: f.code.value, price: euros(f.price.value), costPrice: euros(f.cost.value), stock: Number(f.stock.value) }],
    } }, user.token);
    if (!answer.ok) { showProblem(form, answer); return; }
    notice('Added “' + answer.body.name + '”.');
    form.reset();
    loadProducts();
  });

  async function loadParcels() {
    const groups = await LM_AUTH.api('/api/orders/merchant/parcels', {}, user.token);
    const box = document.getElementById('parcels');
    if (!groups.ok || groups.body.length === 0) { box.replaceChildren(el('p', { class: 'status' }, 'Nothing to ship.')); return; }
    box.replaceChildren(...groups.body.map((g, i) => el('div', { class: 'card', 'data-parcel': g.orderIds.join(',') },
      el('label', {}, el('input', { type: 'checkbox', name: 'pick', value: i, checked: true }),
        ' ' + g.orderIds.length + ' order(s), ' + g.units + ' unit(s)' + (g.cashToCollect ? ', collect ' + money(g.cashToCollect) : '')),
      el('label', { for: 'tn' + i }, 'Tracking number'),
      el('input', { id: 'tn' + i, name: 'tracking', 'data-index': i, pattern: '[A-Za-z0-9\\-]+', maxlength: 64 }),
      el('div', { class: 'field-error', 'data-field': 'parcels[' + i + ']' }))));
    box.groups = groups.body;
  }

  document.getElementById('ship-form').addEventListener('submit', async e => {
    e.preventDefault();
    const box = document.getElementById('parcels');
    const picked = [...box.querySelectorAll('input[name=pick]:checked')].map(c => Number(c.value));
    if (picked.length === 0) { notice('Pick at least one parcel.', true); return; }
    const carrier = document.getElementById('carrier').value;
    const parcels = picked.map(i => ({ orderIds: box.groups[i].orderIds, carrier,
      trackingNumber: box.querySelector('input[data-index="' + i + '"]').value.trim() }));
    const answer = await LM_AUTH.api('/api/shipments/bulk', { method: 'POST', body: { parcels } }, user.token);
    if (!answer.ok) { showProblem(document.getElementById('ship-form'), answer); return; }
    answer.body.parcels.forEach(item => {
      const slot = box.querySelector('[data-field="parcels[' + picked[item.index] + ']"]');
      if (item.problem && slot) slot.textContent = item.problem.detail;
      if (item.shipment) window.lmMerchant.shipped.push(item.shipment.trackingNumber);
    });
    notice(answer.body.shipped + ' parcel(s) shipped' + (answer.body.refused ? ', ' + answer.body.refused + ' refused (see below)' : '') + '.',
      answer.body.refused > 0);
    if (answer.body.refused === 0) loadParcels();
  });

  // ---------------------------------------------------------------- offers to anchors
  const anchors = await LM_AUTH.api('/api/anchors?size=100');
  const anchorNames = new Map(((anchors.ok && anchors.body.items) || []).map(a => [a.id, a.displayName]));
  document.getElementById('offer-anchor-list').replaceChildren(...[...anchorNames].map(([id, name]) =>
    el('label', {}, el('input', { type: 'checkbox', name: 'anchor', value: id }), name)));
  const openToAll = document.getElementById('offer-all');
  openToAll.onchange = () => { document.getElementById('offer-anchors').hidden = openToAll.checked; };
  const nameOf = id => anchorNames.get(id) || 'anchor ' + String(id).slice(0, 8);

  async function loadOffers() {
    const answer = await LM_AUTH.api('/api/offers/mine', {}, user.token);
    const box = document.getElementById('offer-list');
    window.lmMerchant.offers = answer.ok ? answer.body : [];
    if (!answer.ok || answer.body.length === 0) { box.replaceChildren(el('p', { class: 'status' }, 'No offers yet.')); return; }
    box.replaceChildren(...answer.body.map(o => {
      const taken = o.takenBy || [];
      const withdraw = o.withdrawnAt ? '' : el('button', { class: 'secondary', 'data-withdraw': o.id, on: { click: async () => {
        const done = await LM_AUTH.api('/api/offers/' + encodeURIComponent(o.id), { method: 'DELETE' }, user.token);
        if (!done.ok) { notice((done.body && done.body.detail) || 'Could not withdraw the offer.', true); return; }
        notice('Withdrew the offer of \u201c' + o.productName + '\u201d; ' + taken.length + ' anchor(s) keep it in their selection.');
        loadOffers();
      } } }, 'Withdraw');
      return el('div', { class: 'card', 'data-offer': o.id, 'data-state': o.withdrawnAt ? 'withdrawn' : 'active' },
        el('div', { class: 'row' }, el('h3', {}, o.productName || o.productId),
          el('span', { class: 'badge' }, o.withdrawnAt ? 'withdrawn' : o.commissionRate + ' %')),
        el('p', { class: 'status' }, o.openToAll ? 'Open to every anchor' : 'Only for ' + (o.anchorIds || []).map(nameOf).join(', ')),
        el('p', { 'data-taken': o.id }, taken.length ? 'In the selection of: ' + taken.map(t => (t.name || nameOf(t.anchorId))
          + ' (' + t.commissionRate + ' %)').join(', ') : 'No anchor has taken it yet.'),
        withdraw ? el('div', { class: 'bar' }, withdraw) : '');
    }));
  }

  const offerForm = document.getElementById('offer-form');
  offerForm.addEventListener('submit', async e => {
    e.preventDefault();
    if (!LM_PAGE.validate(offerForm)) return;
    const f = offerForm.elements;
    const named = [...offerForm.querySelectorAll('input[name=anchor]:checked')].map(i => i.value);
    if (!openToAll.checked && named.length === 0) {
      offerForm.querySelector('[data-field="anchorIds"]').textContent = 'Pick at least one anchor, or open the offer to every anchor.';
      notice('Please correct the marked fields.', true);
      return;
    }
    const body = { productId: f.productId.value, commissionRate: f.commissionRate.value };
    if (!openToAll.checked) body.anchorIds = named;
    const answer = await LM_AUTH.api('/api/offers', { method: 'POST', body }, user.token);
    if (!answer.ok) { window.lmMerchant.errors.push({ about: 'offer', status: answer.status }); showProblem(offerForm, answer); return; }
    notice('Offered \u201c' + answer.body.productName + '\u201d at ' + answer.body.commissionRate + ' % commission.');
    loadOffers();
  });

  // ---------------------------------------------------------------- pick-ups in store
  async function loadPickups() {
    const answer = await LM_AUTH.api('/api/orders/merchant?status=READY_FOR_PICKUP', {}, user.token);
    const box = document.getElementById('pickup-list');
    if (!answer.ok || answer.body.length === 0) { box.replaceChildren(el('p', { class: 'status' }, 'No order waits for pick-up.')); return; }
    box.replaceChildren(...answer.body.map(o => el('div', { class: 'card', 'data-pickup': o.id },
      el('div', { class: 'row' }, el('h3', {}, o.productName), el('span', { class: 'badge' }, money(o.total))),
      el('p', { class: 'status' }, o.quantity + ' × ' + money(o.unitPrice) + ' · ordered ' + LM_PAGE.when(o.createdAt)
        + ' · order ' + o.id.slice(0, 8) + ' · to be paid in the store'),
      el('div', { class: 'bar' }, el('button', { 'data-collected': o.id, on: { click: async e => {
        e.currentTarget.disabled = true;
        const done = await LM_AUTH.api('/api/orders/' + encodeURIComponent(o.id) + '/collected', { method: 'POST' }, user.token);
        if (!done.ok) { notice((done.body && done.body.detail) || 'Could not mark it collected.', true); loadPickups(); return; }
        window.lmMerchant.collected.push(o.id);
        notice('\u201c' + o.productName + '\u201d was collected and paid in the store.');
        loadPickups();
        loadSales();
      } } }, 'Mark collected')))));
  }

  // ---------------------------------------------------------------- sales per show
  async function loadSales() {
    const answer = await LM_AUTH.api('/api/orders/merchant/sales', {}, user.token);
    const box = document.getElementById('sales-list');
    window.lmMerchant.sales = answer.ok ? answer.body : [];
    if (!answer.ok || answer.body.length === 0) { box.replaceChildren(el('p', { class: 'status' }, 'No sales yet.')); return; }
    const figure = (label, value, name) => el('div', {}, el('b', { 'data-figure': name }, value), el('span', {}, label));
    box.replaceChildren(...answer.body.map(s => el('div', { class: 'card', 'data-sales': s.showId },
      el('h3', {}, s.showTitle || 'Show ' + s.showId.slice(0, 8)),
      el('div', { class: 'figures' }, figure('orders', String(s.orders), 'orders'), figure('units', String(s.units), 'units'),
        figure('GMV', money(s.gmv), 'gmv'), figure('commission', money(s.commission), 'commission'),
        figure('payout', money(s.payout), 'payout'), figure('gross profit', s.grossProfit ? money(s.grossProfit) : '—', 'profit')),
      el('p', { class: 'status' }, Object.entries(s.byStatus || {}).map(([k, n]) => n + ' ' + k.replace(/_/g, ' ').toLowerCase()).join(' · ')))));
  }

  await Promise.all([loadProducts(), loadParcels(), loadOffers(), loadPickups(), loadSales()]);
  window.lmMerchant.ready = true;
})().catch(e => LM_PAGE.notice(e.message, true));
