// What an API refusal means for the person looking at the page.
const BY_REASON = {
  NETWORK: 'StayGrid could not be reached. Check your connection and try again.',
  RATE_LIMITED: 'Too many requests right now. Please wait a few seconds and try again.',
  UNAUTHENTICATED: 'Please sign in again.',
  PERMISSION_DENIED: 'Your account may not do this.',
  HOTEL_NOT_IN_SCOPE: 'You do not manage this hotel.',
  HOTEL_NOT_FOUND: 'We could not find this hotel.',
  ROOM_TYPE_NOT_FOUND: 'We could not find this room.',
  ROOM_NOT_FOUND: 'We could not find this room.',
  RESERVATION_NOT_FOUND: 'We could not find this reservation in your account.',
  BASE_RATE_NOT_SET: 'This room has no price yet, so it cannot be booked online.',
  INVALID_STAY: 'These dates cannot be booked: a stay starts today or later, lasts at most 30 nights and ends within two years.',
  INVALID_DATE_RANGE: 'These dates are outside what can be shown.',
  CAPACITY_BELOW_RESERVED: 'More rooms are already sold on some nights than this change would leave.',
  ROOM_TYPE_HAS_ROOMS: 'This room type still has rooms: move or delete them first.',
  HOTEL_NOT_EMPTY: 'This hotel still has room types: delete them first.',
  RESERVATION_NOT_CANCELABLE: 'This reservation can no longer be canceled.',
  STAY_ALREADY_ENDED: 'This stay has already ended and cannot be canceled.',
  RESERVATION_ID_CONFLICT: 'This booking was already sent with different details. Start again from the room page.',
  INVENTORY_BUSY: 'Many guests are booking this hotel right now. Please try again.',
};

const REJECTIONS = {
  ROOMS_UNAVAILABLE: 'The last rooms for these dates were just booked by someone else. Nothing was charged.',
  PAYMENT_DECLINED: 'Your card was declined. Nothing was charged.',
  PRICE_CHANGED: 'The price of this stay changed after your price lock expired.',
  QUOTE_MISMATCH: 'The price quote did not match the stay.',
  QUOTE_NOT_FOUND: 'The price quote is no longer known.',
  INVALID_STAY: 'These dates can no longer be booked.',
  HOLD_EXPIRED: 'The rooms could not be held long enough to take the payment. Nothing was charged.',
  PAYMENT_FAILED: 'The payment could not be completed. Nothing was charged.',
};

export function describe(problem, context) {
  if (!problem || problem.status === undefined) return 'Something went wrong on this page. Please reload it.';
  if (BY_REASON[problem.reason]) return BY_REASON[problem.reason];
  if (/_UNAVAILABLE$|_TIMEOUT$/.test(problem.reason || '') || problem.status === 503) {
    return 'Part of StayGrid is briefly unavailable. Please try again in a moment.';
  }
  if (problem.status >= 500) return 'Something went wrong on our side. Please try again.';
  if (problem.status === 404) return `We could not find ${context || 'what you asked for'}.`;
  return problem.detail || 'The request could not be completed.';
}

export function rejection(reason) {
  return REJECTIONS[reason] || 'The booking could not be completed. Nothing was charged.';
}

export const STATUS_LABELS = {
  PENDING: 'Awaiting payment',
  PAID: 'Confirmed',
  REJECTED: 'Not booked',
  CANCELED: 'Canceled',
  REFUNDED: 'Canceled and refunded',
};
