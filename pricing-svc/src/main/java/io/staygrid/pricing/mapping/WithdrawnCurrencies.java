package io.staygrid.pricing.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Currencies java.util.Currency still accepts although ISO 4217 withdrew them (DEM, FRF, ...), read
 * from the resource {@code withdrawn-currencies.txt}.
 */
final class WithdrawnCurrencies {

    private static final Set<String> CODES = load();

    private WithdrawnCurrencies() {
    }

    static boolean contains(String code) {
        return CODES.contains(code);
    }

    private static Set<String> load() {
        try (InputStream in = WithdrawnCurrencies.class.getClassLoader().getResourceAsStream("withdrawn-currencies.txt")) {
            if (in == null) {
                throw new IllegalStateException("withdrawn-currencies.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .map(line -> line.replaceAll("#.*", ""))
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                    .filter(code -> !code.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
