// A stay as the pages pass it around in their URLs: hotel, room type, dates, rooms.
import { addDays, isDay, localToday, nights } from './format.js';

export function stayFromUrl(defaults = {}) {
  const query = new URLSearchParams(location.search);
  const today = localToday();
  const start = isDay(query.get('startDate')) ? query.get('startDate') : defaults.start || addDays(today, 14);
  const end = isDay(query.get('endDate')) ? query.get('endDate') : addDays(start, 2);
  const rooms = Math.min(10, Math.max(1, Number.parseInt(query.get('rooms') || '1', 10) || 1));
  return { start, end, rooms };
}

/** Why a stay cannot be searched or booked, or null. today is the hotel's (or the browser's) date. */
export function stayProblem(start, end, today = localToday()) {
  if (!isDay(start) || !isDay(end)) return 'Choose a check-in and a check-out date.';
  if (start < today) return 'Check-in cannot be in the past.';
  if (end <= start) return 'Check-out must be after check-in.';
  if (nights(start, end) > 30) return 'A stay can last at most 30 nights.';
  return null;
}

export function stayQuery(stay) {
  return new URLSearchParams({ startDate: stay.start, endDate: stay.end, rooms: String(stay.rooms) }).toString();
}

export function fillStayForm(form, stay) {
  form.elements.startDate.value = stay.start;
  form.elements.endDate.value = stay.end;
  if (form.elements.rooms) form.elements.rooms.value = String(stay.rooms);
}

export function readStayForm(form) {
  return {
    start: form.elements.startDate.value,
    end: form.elements.endDate.value,
    rooms: Number.parseInt(form.elements.rooms ? form.elements.rooms.value : '1', 10) || 1,
  };
}
