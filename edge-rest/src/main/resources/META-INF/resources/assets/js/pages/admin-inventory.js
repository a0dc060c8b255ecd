import '../layout.js';
import { all, api, withQuery } from '../api.js';
import { managedHotel } from '../admin.js';
import { $, announce, clearStatus, fill, h, problemStatus, show, status } from '../dom.js';
import { addDays, addMonths, formatDay, formatMonth, todayIn, weekday } from '../format.js';

const DAY_LETTERS = ['M', 'T', 'W', 'T', 'F', 'S', 'S'];
const context = await managedHotel();
let month;
let roomTypes = [];

if (context) {
  const asked = new URLSearchParams(location.search).get('month');
  month = /^\d{4}-\d{2}$/.test(asked || '') ? asked : todayIn(context.hotel.timeZone).slice(0, 7);
  $('[data-prev-month]').addEventListener('click', () => change(-1));
  $('[data-next-month]').addEventListener('click', () => change(1));
  try {
    roomTypes = await all(`/v1/hotels/${context.hotelId}/room-types`, {}, 'roomTypes');
  } catch (problem) {
    problemStatus(problem);
  }
  await draw();
}

function change(months) {
  month = addMonths(month, months);
  const url = new URL(location.href);
  url.searchParams.set('month', month);
  history.replaceState(null, '', url);
  draw();
}

async function draw() {
  const first = `${month}-01`;
  const end = `${addMonths(month, 1)}-01`;
  const horizon = addDays(todayIn(context.hotel.timeZone), 730);
  fill($('[data-month-title]'), formatMonth(month));
  $('[data-next-month]').disabled = end > horizon;
  status('loading', `Loading ${formatMonth(month)}…`);
  let calendar;
  try {
    calendar = await api.get(withQuery(`/v1/hotels/${context.hotelId}/inventory`, { startDate: first, endDate: end < horizon ? end : horizon }));
  } catch (problem) {
    problemStatus(problem);
    return;
  }
  clearStatus();
  const dates = [];
  for (let day = first; day < end; day = addDays(day, 1)) dates.push(day);
  fill($('[data-heatmap-head]'), h('tr', {}, h('th', { scope: 'col' }, 'Room type'),
    dates.map((day) => h('th', { scope: 'col', abbr: formatDay(day) }, String(Number(day.slice(8))), h('br'), DAY_LETTERS[weekday(day)]))));
  const name = (id) => (roomTypes.find((t) => t.roomTypeID === id) || { name: `Room type ${id}` }).name;
  const rows = calendar.roomTypes.map((type) => {
    const nights = new Map(type.nights.map((night) => [night.date, night]));
    return h('tr', { 'data-room-type-id': type.roomTypeID }, h('th', { scope: 'row' }, name(type.roomTypeID)),
      dates.map((day) => cell(name(type.roomTypeID), day, nights.get(day))));
  });
  fill($('[data-heatmap-body]'), rows.length ? rows : h('tr', {}, h('td', { colspan: dates.length + 1 }, 'This hotel has no room types yet.')));
  show($('[data-heatmap]'));
  announce(`Inventory of ${formatMonth(month)} shown.`);
}

/** Colour by occupancy (reserved of rooms in service), the same steps as the default price tiers. */
function cell(roomType, day, night) {
  if (!night) return h('td', { class: 'heat-none', 'data-date': day }, '–');
  const { totalInventory: rooms, totalReserved: reserved, sellLimit, outOfServiceRooms: closed } = night;
  const occupancy = rooms > 0 ? reserved / rooms : reserved > 0 ? Infinity : 0;
  const level = rooms === 0 && reserved === 0 ? 'none' : occupancy > 1 ? 4 : occupancy >= 0.85 ? 3 : occupancy >= 0.7 ? 2 : occupancy >= 0.5 ? 1 : 0;
  const percent = rooms > 0 ? `${Math.round(occupancy * 100)}%` : 'no rooms in service';
  const description = `${roomType}, ${formatDay(day)}: ${reserved} of ${rooms} rooms reserved (${percent}), sell limit ${sellLimit}`
    + (closed ? `, ${closed} out of service` : '');
  return h('td', { class: `heat-${level}`, title: description, 'data-date': day, 'data-reserved': reserved, 'data-rooms': rooms },
    h('span', { 'aria-hidden': 'true' }, `${reserved}/${rooms}`), h('span', { class: 'visually-hidden' }, description));
}
