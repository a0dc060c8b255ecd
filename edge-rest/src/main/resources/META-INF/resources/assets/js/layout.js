// The header of every page: who is signed in, sign out, the staff panel link for staff.
import { $, $$ } from './dom.js';
import { currentSession, rememberReturn, signOut } from './session.js';

const session = currentSession();
for (const element of $$('[data-when="signed-in"]')) element.hidden = !session;
for (const element of $$('[data-when="signed-out"]')) element.hidden = !!session;
for (const element of $$('[data-for-roles]')) {
  const roles = element.dataset.forRoles.split(' ');
  element.hidden = !session || !session.roles.some((role) => roles.includes(role));
}
if (session) {
  $('[data-who]').textContent = `Signed in as ${session.name}`;
}
$('[data-sign-out]')?.addEventListener('click', signOut);
$('[data-sign-in-link]')?.addEventListener('click', () => {
  if (!location.pathname.startsWith('/sign-in')) rememberReturn(location.pathname + location.search);
});
