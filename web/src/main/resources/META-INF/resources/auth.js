// LiveMart pages: login with Authorization Code + PKCE (S256) against Keycloak's public client
// livemart-web. The access token is kept in sessionStorage (this tab only) and never in a cookie.
'use strict';

const LM_AUTH = (() => {
  const KEY = 'livemart.auth';
  const PENDING = 'livemart.pkce';
  let configPromise;

  function config() {
    configPromise ??= fetch('/api/web-config').then(r => r.json());
    return configPromise;
  }

  function b64url(bytes) {
    return btoa(String.fromCharCode(...new Uint8Array(bytes)))
      .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function random(n) {
    return b64url(crypto.getRandomValues(new Uint8Array(n)));
  }

  function stored() {
    try {
      const auth = JSON.parse(sessionStorage.getItem(KEY) || 'null');
      return auth && auth.expiresAt > Date.now() + 5000 ? auth : null;
    } catch (e) {
      return null;
    }
  }

  function claims(token) {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(part))));
  }

  // Redirect to Keycloak's login page; we come back to this very page.
  async function login() {
    const cfg = await config();
    const verifier = random(48);
    const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    const state = random(16);
    const redirectUri = location.origin + location.pathname + location.search;
    sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, redirectUri }));
    const url = new URL(cfg.realmUrl + '/protocol/openid-connect/auth');
    url.search = new URLSearchParams({
      client_id: cfg.clientId, response_type: 'code', scope: 'openid', redirect_uri: redirectUri,
      code_challenge: challenge, code_challenge_method: 'S256', state,
    });
    location.assign(url.toString());
    return new Promise(() => {}); // the page is leaving
  }

  // Back from Keycloak with ?code=…&state=…: exchange the code for tokens at the token endpoint.
  async function completeLogin() {
    const params = new URLSearchParams(location.search);
    if (!params.has('code') && !params.has('error')) return null;
    const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
    sessionStorage.removeItem(PENDING);
    const clean = new URL(location.href);
    ['code', 'state', 'session_state', 'iss', 'error', 'error_description'].forEach(p => clean.searchParams.delete(p));
    history.replaceState(null, '', clean.toString());
    if (params.has('error')) throw new Error('Login refused: ' + (params.get('error_description') || params.get('error')));
    if (!pending || pending.state !== params.get('state')) throw new Error('Login answer does not match this tab (state); log in again.');
    const cfg = await config();
    const response = await fetch(cfg.realmUrl + '/protocol/openid-connect/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code', client_id: cfg.clientId, code: params.get('code'),
        redirect_uri: pending.redirectUri, code_verifier: pending.verifier,
      }),
    });
    if (!response.ok) throw new Error('Could not exchange the login code (' + response.status + ')');
    const tokens = await response.json();
    const auth = { token: tokens.access_token, idToken: tokens.id_token, expiresAt: Date.now() + tokens.expires_in * 1000 };
    sessionStorage.setItem(KEY, JSON.stringify(auth));
    return auth;
  }

  // The logged-in user ({token, id, name, roles}) or null; finishes a login in progress.
  async function user() {
    const auth = (await completeLogin()) || stored();
    if (!auth) return null;
    const c = claims(auth.token);
    return { token: auth.token, id: c.sub, name: c.preferred_username, roles: (c.realm_access || {}).roles || [] };
  }

  async function requireUser() {
    return (await user()) || login();
  }

  // Ends Keycloak's session too (a shared phone must not log the next person in), then back to this page.
  async function logout() {
    let idToken = null;
    try { idToken = (JSON.parse(sessionStorage.getItem(KEY) || 'null') || {}).idToken; } catch (e) { /* nothing kept */ }
    sessionStorage.removeItem(KEY);
    const cfg = await config();
    const url = new URL(cfg.realmUrl + '/protocol/openid-connect/logout');
    const params = { client_id: cfg.clientId, post_logout_redirect_uri: location.origin + location.pathname };
    if (idToken) params.id_token_hint = idToken;
    url.search = new URLSearchParams(params);
    location.assign(url.toString());
  }

  // fetch with the bearer token; answers {ok, status, body}. Problem details keep their 'detail'.
  // A 401 to a request that carried a token sends the user to log in, and back here.
  async function api(path, options = {}, token) {
    const headers = Object.assign({ Accept: 'application/json' }, options.headers || {});
    if (token) headers.Authorization = 'Bearer ' + token;
    if (options.body && typeof options.body !== 'string') {
      headers['Content-Type'] = 'application/json';
      options = Object.assign({}, options, { body: JSON.stringify(options.body) });
    }
    const response = await fetch(path, Object.assign({}, options, { headers }));
    if (response.status === 401 && token) {
      // The session ended on the server's side (token expired or revoked): log in again, back to this page.
      sessionStorage.removeItem(KEY);
      return login();
    }
    const text = await response.text();
    let body = null;
    try { body = text ? JSON.parse(text) : null; } catch (e) { body = text; }
    return { ok: response.ok, status: response.status, body };
  }

  // The show's room socket; the token (if any) rides in Sec-WebSocket-Protocol, as browsers cannot set headers.
  function roomSocket(showId, token) {
    const protocols = ['livemart-room'];
    if (token) protocols.push(encodeURI('quarkus-http-upgrade#Authorization#Bearer ' + token));
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    return new WebSocket(scheme + location.host + '/api/shows/' + encodeURIComponent(showId) + '/room', protocols);
  }

  return { user, requireUser, login, logout, api, roomSocket };
})();
