package io.staygrid.support.proto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.type.Date;
import io.staygrid.support.error.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProtoTimeTest {

    @Test
    void datesRoundTrip() {
        LocalDate day = LocalDate.of(2027, 4, 28);

        assertThat(ProtoTime.toLocalDate(ProtoTime.toProto(day), "start_date")).isEqualTo(day);
    }

    @Test
    void aPartialOrImpossibleDateIsInvalidAndNamesTheField() {
        Date noDay = Date.newBuilder().setYear(2027).setMonth(4).build();
        Date february30 = Date.newBuilder().setYear(2027).setMonth(2).setDay(30).build();
        // Outside google.type.Date's years 1..9999 (PostgreSQL would have refused -999999999 as an internal error).
        Date farPast = Date.newBuilder().setYear(-999_999_999).setMonth(1).setDay(1).build();
        Date yearTenThousand = Date.newBuilder().setYear(10_000).setMonth(1).setDay(1).build();

        for (Date bad : new Date[] {noDay, february30, Date.getDefaultInstance(), farPast, yearTenThousand}) {
            assertThatThrownBy(() -> ProtoTime.toLocalDate(bad, "end_date"))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.reason()).isEqualTo("INVALID_DATE");
                        assertThat(e.metadata()).containsEntry("field", "end_date");
                    });
        }
    }

    @Test
    void anUnsetDateIsToldApartFromASetOne() {
        assertThat(ProtoTime.isSet(Date.getDefaultInstance())).isFalse();
        assertThat(ProtoTime.isSet(ProtoTime.toProto(LocalDate.of(2027, 1, 1)))).isTrue();
    }

    @Test
    void timestampsRoundTripToTheNanosecond() {
        Instant instant = Instant.parse("2027-04-28T10:15:30.123456789Z");

        assertThat(ProtoTime.toInstant(ProtoTime.toProto(instant))).isEqualTo(instant);
    }
}
