import '../layout.js';
import { $, h, status } from '../dom.js';
import { saveSession, takeReturn } from '../session.js';

// The identity provider's code flow ended here; keep its access token for /v1 calls and go back.
const page = $('[data-page]');
const token = page.dataset.accessToken;
page.removeAttribute('data-access-token');
try {
  saveSession(token, 'oidc');
  location.replace(takeReturn() || '/');
} catch {
  status('error', 'Signing in did not complete. ', h('a', { href: '/sign-in' }, 'Try again'), '.');
}
