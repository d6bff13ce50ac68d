// Shared by the shopper and merchant pages: text-only rendering (never innerHTML with data), problem details
// shown next to their fields, and server-sent events read with the bearer token (EventSource cannot send one).
'use strict';

const LM_PAGE = (() => {
  // Builds an element; children are nodes or text (always text, never markup).
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'on') Object.entries(v).forEach(([event, fn]) => node.addEventListener(event, fn));
      else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
    }
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c ?? '')));
    return node;
  }

  function notice(text, error) {
    const n = document.getElementById('notice');
    n.hidden = !text;
    n.textContent = text || '';
    n.className = 'notice' + (error ? ' error' : '');
  }

  // Shows a problem+json answer: each field's message under that field (data-field), the rest in the notice.
  function showProblem(form, answer) {
    form.querySelectorAll('.field-error').forEach(e => { e.textContent = ''; });
    const problem = answer.body || {};
    let placed = false;
    (problem.errors || []).forEach(({ field, message }) => {
      const slot = form.querySelector('.field-error[data-field="' + CSS.escape(field) + '"]');
      if (slot) { slot.textContent = message; placed = true; }
    });
    const detail = problem.detail || ('Request failed (' + answer.status + ')');
    const slot = problem.errors ? null : form.querySelector('.field-error[data-field="' + CSS.escape(detail.split(':')[0]) + '"]');
    if (slot) { slot.textContent = detail; placed = true; }
    notice(placed ? 'Please correct the marked fields.' : detail, true);
  }

  // Browser-side checks before sending: each invalid input's message goes to the .field-error right after it.
  // Answers true when the form may be sent.
  function validate(form) {
    form.querySelectorAll('.field-error').forEach(e => { e.textContent = ''; });
    let ok = true;
    [...form.elements].forEach(input => {
      if (!input.willValidate || input.checkValidity()) return;
      ok = false;
      let slot = input.nextElementSibling;
      while (slot && !slot.classList.contains('field-error')) slot = slot.nextElementSibling;
      if (slot) slot.textContent = input.validationMessage || 'Please check this field.';
    });
    if (!ok) notice('Please correct the marked fields.', true);
    return ok;
  }

  // An Idempotency-Key: one per tap (crypto.randomUUID where the page is a secure context).
  function newKey() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    return [...b].map(x => x.toString(16).padStart(2, '0')).join('');
  }

  function money(m) {
    return m ? Number(m.amount).toFixed(2) + ' ' + m.currency : '';
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString() : '';
  }

  // Reads a server-sent event stream with the token; calls onOpen() once connected, then onEvent(parsed JSON)
  // per message until aborted.
  async function stream(path, token, onEvent, signal, onOpen) {
    const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token, Accept: 'text/event-stream' }, signal });
    if (!response.ok) throw new Error('Live updates refused (' + response.status + ')');
    if (onOpen) onOpen();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = message.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5)).join('\n');
        if (data) onEvent(JSON.parse(data));
      }
    }
  }

  // A room's chat list: each comment once (a newcomer may get one in its state and again in a batch), gifts as
  // lines, deletions; at most `max` lines; text only. `extra(c)` may add nodes to a line (the anchor's actions).
  function chat(list, max, extra) {
    const ids = new Set();
    function add(c) {
      if (ids.has(c.id)) return false;
      ids.add(c.id);
      list.append(el('li', { 'data-id': c.id }, el('b', {}, (c.user && c.user.name ? c.user.name : '?') + ': '), c.text,
        extra ? extra(c) : ''));
      while (list.children.length > max) list.firstElementChild.remove();
      list.scrollTop = list.scrollHeight;
      return true;
    }
    return {
      add,
      gift: m => add({ id: 'gift-' + m.giftId, user: m.user, text: 'sent ' + (m.quantity || 1) + ' × ' + (m.name || m.code) }),
      remove: id => { const li = list.querySelector('li[data-id="' + Number(id) + '"]'); if (li) li.remove(); },
    };
  }

  return { el, notice, showProblem, validate, newKey, money, when, stream, chat };
})();
