// The viewer's room: watch the show's video (anonymous for public shows; log in to interact later).
'use strict';

(async () => {
  const $ = id => document.getElementById(id);
  const showId = new URLSearchParams(location.search).get('show');
  // Figures for tests and benchmarks: when we asked to watch and when the first frame was decoded.
  const stats = { watchAskedAt: null, firstFrameAt: null, firstFrameMs: null, watching: false, ended: false, errors: [], interruptions: 0 };
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
  ws.onclose = () => { if (!stats.ended) notice('Disconnected from the room.', true); };
  // The room's channel (comments, counts): text is always set with textContent, never parsed as HTML.
  const commentIds = new Set();
  function addComment(c) {
    if (commentIds.has(c.id)) return; // a newcomer may get a comment in its state and again in a batch
    commentIds.add(c.id);
    const li = document.createElement('li');
    li.dataset.id = c.id;
    const who = document.createElement('b');
    who.textContent = (c.user && c.user.name ? c.user.name : '?') + ': ';
    li.append(who, document.createTextNode(c.text));
    const list = $('comments');
    list.append(li);
    while (list.children.length > 50) list.firstElementChild.remove();
  }
  function showCounts(viewers, likes) {
    if (viewers) $('viewers').textContent = viewers.count + ' watching';
    if (likes !== undefined && likes !== null) $('likes').textContent = likes + ' likes';
  }
  window.lmRoomSend = text => send({ type: 'comment', text });

  ws.onmessage = async event => handle(JSON.parse(event.data));
  async function handle(m) {
    switch (m.type) {
      case 'batch':
        for (const e of m.events) await handle(e);
        break;
      case 'state':
        m.comments.forEach(addComment);
        showCounts(m.viewers, m.likes);
        break;
      case 'comment':
        addComment(m);
        break;
      case 'comment-deleted': {
        const li = $('comments').querySelector('li[data-id="' + Number(m.id) + '"]');
        if (li) li.remove();
        break;
      }
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
        else if (m.about !== 'watch' || feeds > 0) notice(m.message, true);
        break;
    }
  }
})().catch(e => {
  const n = document.getElementById('notice');
  n.hidden = false; n.className = 'notice error'; n.textContent = e.message;
});
