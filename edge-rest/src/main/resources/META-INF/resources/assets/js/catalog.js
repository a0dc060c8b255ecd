// Reads of the hotel catalog shared by the pages (public endpoints, cached for the page's lifetime).
import { all, api } from './api.js';

const hotels = new Map();
const roomTypes = new Map();

export function hotel(hotelId) {
  if (!hotels.has(hotelId)) hotels.set(hotelId, api.get(`/v1/hotels/${hotelId}`));
  return hotels.get(hotelId);
}

export function roomTypesOf(hotelId) {
  if (!roomTypes.has(hotelId)) roomTypes.set(hotelId, all(`/v1/hotels/${hotelId}/room-types`, {}, 'roomTypes'));
  return roomTypes.get(hotelId);
}

export async function roomTypeName(hotelId, roomTypeId) {
  try {
    const found = (await roomTypesOf(hotelId)).find((type) => type.roomTypeID === roomTypeId);
    return found ? found.name : `Room type ${roomTypeId}`;
  } catch {
    return `Room type ${roomTypeId}`;
  }
}

export async function hotelName(hotelId) {
  try {
    return (await hotel(hotelId)).name;
  } catch {
    return `Hotel ${hotelId}`;
  }
}

export function policyText(policy) {
  if (!policy) return '';
  const free = policy.freeCancellationDays;
  const penalty = policy.penaltyNights;
  const later = penalty ? `later, ${penalty} night${penalty === 1 ? ' is' : 's are'} kept and the rest refunded` : 'later, everything is still refunded';
  return free > 0
    ? `Free cancellation up to ${free} day${free === 1 ? '' : 's'} before arrival; ${later}.`
    : `Cancellation: ${later}.`;
}
