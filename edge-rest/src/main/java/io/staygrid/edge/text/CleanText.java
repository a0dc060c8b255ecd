package io.staygrid.edge.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.staygrid.edge.error.ProblemException;
import io.staygrid.support.text.TextRules;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Text the API refuses everywhere ({@link TextRules}: NUL, controls, lone surrogates, the byte order mark,
 * noncharacters), checked on the way in: JSON strings as they are read (400 INVALID_FIELD_VALUE naming the field)
 * and query and path parameters before a resource runs (400 INVALID_PARAMETER naming it). Nothing is ever sent
 * on, altered, or stored.
 */
public final class CleanText {

    private CleanText() {
    }

    /** Reads JSON strings as Jackson does, then refuses the ones that break the rules. */
    public static final class Deserializer extends StdScalarDeserializer<String> {

        public Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, context);
            if (value != null && TextRules.violation(value).isPresent()) {
                throw InvalidFormatException.from(p, "text with a character that is not accepted ("
                        + TextRules.violation(value).get() + ")", value, String.class);
            }
            return value;
        }
    }

    /** Query and path parameters, decoded, before any resource method. */
    public static final class Parameters {

        @ServerRequestFilter
        public void check(ContainerRequestContext request) {
            check(request.getUriInfo().getQueryParameters(true));
            check(request.getUriInfo().getPathParameters(true));
        }

        private static void check(MultivaluedMap<String, String> parameters) {
            for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
                for (String value : p.getValue()) {
                    TextRules.violation(value).ifPresent(rule -> {
                        throw new ProblemException(400, "INVALID_PARAMETER", "parameter '" + sanitized(p.getKey())
                                + "' contains a character that is not accepted (" + rule + ")",
                                Map.of("parameter", sanitized(p.getKey()), "rule", rule));
                    });
                }
            }
        }
    }

    /** Text safe to write into a log line or a message: every character the rules refuse becomes a '?'. */
    public static String sanitized(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(
                TextRules.violation(new String(Character.toChars(cp))).isPresent() || cp == '\n' || cp == '\r'
                        ? '?' : cp));
        return out.toString();
    }
}
