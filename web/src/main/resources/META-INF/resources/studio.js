// The anchor's studio: camera preview, go live (REST start + publish over the room socket), end.
'use strict';

(async () => {
  const $ = id => document.getElementById(id);
  const showId = new URLSearchParams(location.search).get('show');
  const state = { pc: null, ws: null, stream: null, published: false, ended: false, errors: [] };
  window.lmStudio = state;

  function notice(text, error) {
    $('notice').hidden = !text;
    $('notice').textContent = text || '';
    $('notice').className = 'notice' + (error ? ' error' : '');
  }

  function setStatus(status) {
    state.status = status;
    $('status').textContent = status;
    $('status').className = 'badge ' + status;
    $('golive').disabled = !(status === 'SCHEDULED' || status === 'INTERRUPTED' || (status === 'LIVE' && !state.published));
    $('golive').textContent = status === 'SCHEDULED' ? 'Go live' : 'Publish again';
    $('end').disabled = !(status === 'LIVE' || status === 'INTERRUPTED');
  }

  if (!showId) { notice('No show given: open studio.html?show=<id>.', true); return; }
  const user = await LM_AUTH.requireUser();
  $('user').textContent = user.name;
  $('logout').onclick = e => { e.preventDefault(); LM_AUTH.logout(); };
  $('roomlink').href = '/room.html?show=' + encodeURIComponent(showId);

  const shown = await LM_AUTH.api('/api/shows/' + encodeURIComponent(showId), {}, user.token);
  if (!shown.ok) { notice((shown.body && shown.body.detail) || 'Could not load the show.', true); return; }
  $('title').textContent = shown.body.title;
  document.title = shown.body.title + ' · studio';
  setStatus(shown.body.status);

  try {
    state.stream = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: true });
    $('preview').srcObject = state.stream;
  } catch (e) {
    notice('No camera: ' + e.message, true);
    return;
  }

  function send(message) {
    state.ws.send(JSON.stringify(message));
  }

  function connect() {
    return new Promise((resolve, reject) => {
      const ws = LM_AUTH.roomSocket(showId, user.token);
      state.ws = ws;
      ws.onopen = () => resolve(ws);
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
        $('viewers').textContent = m.viewers.count + ' in the room';
        break;
      case 'answer':
        await state.pc.setRemoteDescription({ type: 'answer', sdp: m.sdp });
        state.published = true;
        setStatus('LIVE');
        notice('You are live.');
        break;
      case 'viewers':
        $('viewers').textContent = m.count + ' in the room';
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
    if (!state.ws || state.ws.readyState !== WebSocket.OPEN) await connect();
    closePeer();
    const pc = new RTCPeerConnection();
    state.pc = pc;
    state.stream.getTracks().forEach(track => pc.addTrack(track, state.stream));
    pc.onicecandidate = e => send({ type: 'ice', target: 'publisher', candidate: e.candidate ? e.candidate.toJSON() : null });
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    send({ type: 'publish', sdp: offer.sdp });
  }

  function ended() {
    state.ended = true;
    closePeer();
    state.stream.getTracks().forEach(t => t.stop());
    setStatus('ENDED');
    notice('The show has ended.');
    if (state.ws) state.ws.close();
  }

  $('golive').onclick = async () => {
    $('golive').disabled = true;
    try {
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

  if (state.status === 'LIVE' || state.status === 'INTERRUPTED') await connect();
  state.ready = true;
})().catch(e => {
  const n = document.getElementById('notice');
  n.hidden = false; n.className = 'notice error'; n.textContent = e.message;
});
