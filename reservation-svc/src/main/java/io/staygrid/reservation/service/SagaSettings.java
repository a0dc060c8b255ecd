package io.staygrid.reservation.service;

import java.time.Duration;

/**
 * The saga's timing: how long a hold lasts, how much of it must remain before charging, and how long
 * the live saga owns a new reservation before the recovery job may take it over.
 */
public record SagaSettings(Duration holdDuration, Duration minHoldLeftToCharge, Duration pendingLease) {
}
