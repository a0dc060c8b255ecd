package io.staygrid.support.proto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.type.Money;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.money.Amount;
import org.junit.jupiter.api.Test;

class ProtoMoneyTest {

    @Test
    void eurosAndCentsBecomeMinorUnitsAndBack() {
        Money money = Money.newBuilder().setCurrencyCode("EUR").setUnits(129).setNanos(500_000_000).build();

        Amount amount = ProtoMoney.toAmount(money, "price");

        assertThat(amount).isEqualTo(Amount.ofMinor("EUR", 12950));
        assertThat(ProtoMoney.toProto(amount)).isEqualTo(money);
    }

    @Test
    void yenHasNoMinorUnitSoNanosMustBeZero() {
        Money yen = Money.newBuilder().setCurrencyCode("JPY").setUnits(13580).build();
        assertThat(ProtoMoney.toAmount(yen, "price")).isEqualTo(Amount.ofMinor("JPY", 13580));

        Money fractionalYen = yen.toBuilder().setNanos(500_000_000).build();
        assertThatThrownBy(() -> ProtoMoney.toAmount(fractionalYen, "price"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.reason()).isEqualTo("INVALID_MONEY");
                    assertThat(e.metadata()).containsEntry("field", "price");
                });
    }

    @Test
    void threeDigitCurrenciesKeepTheirThirdDigit() {
        Money dinar = Money.newBuilder().setCurrencyCode("BHD").setUnits(1).setNanos(5_000_000).build();

        assertThat(ProtoMoney.toAmount(dinar, "price")).isEqualTo(Amount.ofMinor("BHD", 1005));
        assertThat(ProtoMoney.toProto(Amount.ofMinor("BHD", 1005))).isEqualTo(dinar);
    }

    @Test
    void negativeAmountsRoundTripWithNanosOfTheSameSign() {
        Amount refund = Amount.ofMinor("EUR", -1050);

        Money money = ProtoMoney.toProto(refund);

        assertThat(money.getUnits()).isEqualTo(-10);
        assertThat(money.getNanos()).isEqualTo(-500_000_000);
        assertThat(ProtoMoney.toAmount(money, "refund")).isEqualTo(refund);
    }

    @Test
    void unknownCurrencyIsRefusedWithItsOwnReason() {
        Money money = Money.newBuilder().setCurrencyCode("XYZ").setUnits(1).build();

        assertThatThrownBy(() -> ProtoMoney.toAmount(money, "nightly_rate"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.reason()).isEqualTo("UNKNOWN_CURRENCY"));
    }

    @Test
    void mixedSignsAreRefused() {
        Money money = Money.newBuilder().setCurrencyCode("EUR").setUnits(1).setNanos(-10_000_000).build();

        assertThatThrownBy(() -> ProtoMoney.toAmount(money, "price"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.reason()).isEqualTo("INVALID_MONEY"));
    }

    @Test
    void finerThanACentIsRefused() {
        Money money = Money.newBuilder().setCurrencyCode("EUR").setUnits(1).setNanos(5_000_000).build();

        assertThatThrownBy(() -> ProtoMoney.toAmount(money, "price"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.reason()).isEqualTo("INVALID_MONEY"));
    }
}
