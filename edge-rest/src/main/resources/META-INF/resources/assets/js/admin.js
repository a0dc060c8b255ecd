// What every staff page does first: a staff or admin session, and a hotel the token may manage.
import { hotel as loadHotel } from './catalog.js';
import { $, fill, h, problemStatus, status } from './dom.js';
import { currentSession, goToSignIn, isStaff, manages } from './session.js';

/** The session when it is staff or admin; otherwise says why and returns null. */
export function staffSession() {
  const session = currentSession();
  if (!session) {
    goToSignIn();
    return null;
  }
  if (!isStaff(session)) {
    status('error', 'The staff panel is for hotel staff. You are signed in as a guest. ',
      h('a', { href: '/sign-in' }, 'Sign in as staff'), '.');
    return null;
  }
  return session;
}

/** The page's hotel, loaded, when the session may manage it; the actions of a hotel it may not are not offered. */
export async function managedHotel() {
  const session = staffSession();
  if (!session) return null;
  const hotelId = Number($('[data-page]').dataset.hotelId);
  if (!manages(session, hotelId)) {
    status('error', 'You do not manage this hotel. ', h('a', { href: '/admin' }, 'Your hotels'), '.');
    return null;
  }
  try {
    const hotel = await loadHotel(hotelId);
    fill($('[data-hotel-name]'), hotel.name);
    return { session, hotelId, hotel };
  } catch (problem) {
    problemStatus(problem, 'this hotel');
    return null;
  }
}

/** Idempotency-Key for a create: a retry of the same click gets the first answer. */
export function newKey() {
  return crypto.randomUUID();
}

export function options(select, items, selected) {
  fill(select, items.map(([value, label]) => h('option', { value, selected: String(value) === String(selected) }, label)));
}
