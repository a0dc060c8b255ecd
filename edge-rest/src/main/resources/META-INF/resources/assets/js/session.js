// The signed-in user: a bearer token for /v1 kept in this browser, and what its claims say (for showing
// and hiding things only: the API checks every call itself).
const KEY = 'staygrid.session';
const RETURN_KEY = 'staygrid.return';
const OIDC_RETRY_KEY = 'staygrid.oidc-retry';

export function currentSession() {
  const raw = localStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw);
    const claims = decodeClaims(stored.token);
    if (claims.exp && claims.exp * 1000 <= Date.now()) {
      localStorage.removeItem(KEY);
      return null;
    }
    const roles = Array.isArray(claims.groups) ? claims.groups : [];
    const hotels = Array.isArray(claims.hotels) ? claims.hotels.map(Number).filter(Number.isFinite) : [];
    return { token: stored.token, mode: stored.mode, subject: claims.sub, name: claims.preferred_username || claims.sub, roles, hotels };
  } catch {
    localStorage.removeItem(KEY);
    return null;
  }
}

export function saveSession(token, mode) {
  decodeClaims(token);
  localStorage.setItem(KEY, JSON.stringify({ token, mode }));
  sessionStorage.removeItem(OIDC_RETRY_KEY);
}

export function clearSession() {
  localStorage.removeItem(KEY);
}

export const isAdmin = (s) => !!s && s.roles.includes('admin');
export const isStaff = (s) => !!s && (s.roles.includes('staff') || s.roles.includes('admin'));
export const manages = (s, hotelId) => isAdmin(s) || (!!s && s.roles.includes('staff') && s.hotels.includes(hotelId));

/** "dev-token" (local/dev: the sign-in page mints tokens) or "oidc" (the identity provider). */
export function signInMode() {
  return document.body.dataset.signIn;
}

/** Remembers where to come back to after signing in (same-site paths only). */
export function rememberReturn(path) {
  if (safePath(path)) sessionStorage.setItem(RETURN_KEY, path);
}

export function takeReturn() {
  const path = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  return safePath(path) ? path : null;
}

/** Sends the user to sign in, then back here (with the identity provider, straight to its sign-in). */
export function goToSignIn() {
  rememberReturn(location.pathname + location.search);
  location.assign(signInMode() === 'oidc' ? '/sign-in/oidc' : '/sign-in');
}

/**
 * The token was refused (expired). With the identity provider a new one usually comes back without a
 * prompt; a second refusal within a minute goes to the sign-in page instead of looping.
 */
export function signInAgain() {
  const mode = currentMode();
  clearSession();
  rememberReturn(location.pathname + location.search);
  const last = Number(sessionStorage.getItem(OIDC_RETRY_KEY) || 0);
  if (mode === 'oidc' && Date.now() - last > 60_000) {
    sessionStorage.setItem(OIDC_RETRY_KEY, String(Date.now()));
    location.assign('/sign-in/oidc');
    return;
  }
  location.assign('/sign-in');
}

export function signOut() {
  const mode = currentMode();
  clearSession();
  location.assign(mode === 'oidc' ? '/sign-in/oidc/sign-out' : '/');
}

function currentMode() {
  try {
    return JSON.parse(localStorage.getItem(KEY) || '{}').mode;
  } catch {
    return undefined;
  }
}

function safePath(path) {
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/sign-in');
}

function decodeClaims(token) {
  const part = String(token).split('.')[1];
  if (!part) throw new Error('not a JWT');
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}
