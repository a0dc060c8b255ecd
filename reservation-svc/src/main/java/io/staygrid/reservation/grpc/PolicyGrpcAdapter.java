package io.staygrid.reservation.grpc;

import io.staygrid.reservation.mapping.ReservationMapper;
import io.staygrid.reservation.service.PolicyService;
import io.staygrid.reservation.v1.CancellationPolicy;
import io.staygrid.reservation.v1.GetCancellationPolicyRequest;
import io.staygrid.reservation.v1.GetCancellationPolicyResponse;
import io.staygrid.reservation.v1.UpdateCancellationPolicyRequest;
import io.staygrid.reservation.v1.UpdateCancellationPolicyResponse;
import io.staygrid.support.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Validates and maps the cancellation-policy RPCs (the update mask and value ranges). */
@ApplicationScoped
public class PolicyGrpcAdapter {

    private static final Set<String> FIELDS = Set.of("free_cancellation_days", "penalty_nights", "hotel_time_zone");

    private final PolicyService policies;

    public PolicyGrpcAdapter(PolicyService policies) {
        this.policies = policies;
    }

    GetCancellationPolicyResponse get(GetCancellationPolicyRequest request) {
        long hotelId = RequestValidator.hotelId(request.getHotelId());
        return GetCancellationPolicyResponse.newBuilder()
                .setPolicy(ReservationMapper.toProto(policies.get(hotelId))).build();
    }

    UpdateCancellationPolicyResponse update(UpdateCancellationPolicyRequest request) {
        CancellationPolicy p = request.getPolicy();
        long hotelId = RequestValidator.hotelId(p.getHotelId());
        List<String> paths = request.getUpdateMask().getPathsList().isEmpty() ? List.copyOf(FIELDS)
                : request.getUpdateMask().getPathsList();
        for (String path : paths) {
            if (!FIELDS.contains(path)) {
                throw DomainException.invalidField("INVALID_UPDATE_MASK", "update_mask", "unknown or immutable field " + path);
            }
        }
        Optional<Integer> freeDays = paths.contains("free_cancellation_days")
                ? Optional.of(range(p.getFreeCancellationDays(), 365, "free_cancellation_days")) : Optional.empty();
        Optional<Integer> penalty = paths.contains("penalty_nights")
                ? Optional.of(range(p.getPenaltyNights(), 30, "penalty_nights")) : Optional.empty();
        Optional<ZoneId> zone = paths.contains("hotel_time_zone") ? Optional.of(zone(p.getHotelTimeZone()))
                : Optional.empty();
        return UpdateCancellationPolicyResponse.newBuilder()
                .setPolicy(ReservationMapper.toProto(policies.update(hotelId, freeDays, penalty, zone))).build();
    }

    private static int range(int value, int max, String field) {
        if (value < 0 || value > max) {
            throw DomainException.invalidField("INVALID_POLICY", "policy." + field, field + " must be 0 to " + max);
        }
        return value;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.isEmpty() ? "UTC" : id);
        } catch (DateTimeException e) {
            throw DomainException.invalidField("INVALID_POLICY", "policy.hotel_time_zone", "unknown time zone " + id);
        }
    }
}
