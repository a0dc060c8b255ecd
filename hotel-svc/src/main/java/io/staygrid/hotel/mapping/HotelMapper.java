package io.staygrid.hotel.mapping;

import io.staygrid.hotel.domain.Hotel;
import io.staygrid.support.proto.ProtoTime;

/** Hotel between proto and domain. */
public final class HotelMapper {

    private HotelMapper() {
    }

    public static Hotel toDomain(io.staygrid.hotel.v1.Hotel p) {
        return new Hotel(p.getHotelId(), p.getName(), p.getAddressLinesList(), p.getCity(), p.getPostalCode(),
                p.getCountryCode(), p.getTimeZone(), p.getCurrencyCode(), p.getStarRating(), p.getDescription(), null, null);
    }

    public static io.staygrid.hotel.v1.Hotel toProto(Hotel h) {
        return io.staygrid.hotel.v1.Hotel.newBuilder().setHotelId(h.id()).setName(h.name())
                .addAllAddressLines(h.addressLines()).setCity(h.city()).setPostalCode(h.postalCode())
                .setCountryCode(h.countryCode()).setTimeZone(h.timeZone()).setCurrencyCode(h.currencyCode())
                .setStarRating(h.starRating()).setDescription(h.description())
                .setCreateTime(ProtoTime.toProto(h.createTime())).setUpdateTime(ProtoTime.toProto(h.updateTime())).build();
    }
}
