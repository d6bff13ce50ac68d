// The sandbox's checkout page: the local FAKE payment provider. The buyer sees what is to be paid and pays or declines;
// the sandbox then posts its signed callback to LiveMart (server to server), and the buyer goes back to "My orders".
'use strict';

(async () => {
  const $ = id => document.getElementById(id);
  const { notice, money } = LM_PAGE;
  const state = { checkout: null, errors: [] };
  window.lmSandbox = state;
  const reference = new URLSearchParams(location.search).get('ref');
  if (!reference) { notice('No payment given: this page is opened from an order\u2019s \u201cPay online\u201d button.', true); return; }
  const user = await LM_AUTH.requireUser();
  $('who').textContent = user.name;
  const path = '/api/payments/sandbox/checkouts/' + encodeURIComponent(reference);

  function show(c) {
    state.checkout = c;
    $('checkout').hidden = false;
    $('product').textContent = c.productName;
    $('amount').textContent = money(c.amount);
    $('order').textContent = String(c.orderId).slice(0, 8);
    $('reference').textContent = c.reference;
    $('state').textContent = { OPEN: 'waiting for you', SUCCEEDED: 'paid', FAILED: 'declined' }[c.status] || c.status;
    $('outcome').textContent = c.outcome ? ' · LiveMart answered: ' + c.outcome : '';
    $('pay').textContent = c.status === 'SUCCEEDED' ? 'Paid' : 'Pay ' + money(c.amount);
    $('pay').disabled = c.status === 'SUCCEEDED' || c.orderStatus !== 'AWAITING_PAYMENT';
    $('decline').disabled = c.status !== 'OPEN' || c.orderStatus !== 'AWAITING_PAYMENT';
    $('back').href = c.returnUrl;
    if (c.status === 'OPEN' && c.orderStatus !== 'AWAITING_PAYMENT') notice('This order is ' + c.orderStatus.replace(/_/g, ' ').toLowerCase() + ': nothing to pay.', true);
  }

  async function decide(what) {
    $('pay').disabled = true;
    $('decline').disabled = true;
    notice('The sandbox is telling LiveMart\u2026');
    const answer = await LM_AUTH.api(path + '/' + what, { method: 'POST' }, user.token);
    if (!answer.ok) {
      state.errors.push({ what, status: answer.status, detail: answer.body && answer.body.detail });
      notice((answer.body && answer.body.detail) || 'The sandbox could not ' + what + ' (' + answer.status + ').', true);
      const again = await LM_AUTH.api(path, {}, user.token);
      if (again.ok) show(again.body);
      return;
    }
    show(answer.body);
    state.decided = what;
    location.assign(answer.body.returnUrl);
  }

  const answer = await LM_AUTH.api(path, {}, user.token);
  if (!answer.ok) { notice((answer.body && answer.body.detail) || 'No such payment at the sandbox.', true); return; }
  show(answer.body);
  $('pay').onclick = () => decide('pay');
  $('decline').onclick = () => decide('decline');
  state.ready = true;
})().catch(e => LM_PAGE.notice(e.message, true));
