// The merchant console: the store's products, adding a product (checked in the browser, then by the server),
// and the parcels to ship, many at once.
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
  window.lmMerchant = { shipped: [] };

  const store = await LM_AUTH.api('/api/stores/mine', {}, user.token);
  document.getElementById('store').textContent = store.ok ? store.body.name : 'No store yet';

  async function loadProducts() {
    const page = await LM_AUTH.api('/api/products/mine?size=100', {}, user.token);
    const rows = document.getElementById('product-rows');
    rows.replaceChildren(...(page.body.items || []).map(p => el('tr', { 'data-product': p.id },
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

  await Promise.all([loadProducts(), loadParcels()]);
  window.lmMerchant.ready = true;
})().catch(e => LM_PAGE.notice(e.message, true));
