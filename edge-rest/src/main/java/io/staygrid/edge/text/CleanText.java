package io.staygrid.edge.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.staygrid.edge.error.ProblemException;
import io.staygrid.support.text.TextRules;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Text the API refuses everywhere ({@link TextRules}: NUL, controls, lone surrogates, the byte order mark,
 * noncharacters), checked on the way in: JSON strings as they are read (400 INVALID_FIELD_VALUE naming the field)
 * and query parameters and the path before the request is matched (400 INVALID_PARAMETER naming the parameter,
 * or "path"). Nothing is ever sent
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

    /** Query parameters and the path, decoded, before the request is matched to any resource. */
    public static final class Parameters {

        @ServerRequestFilter(preMatching = true)
        public void check(ContainerRequestContext request) {
            for (Map.Entry<String, List<String>> p : request.getUriInfo().getQueryParameters(true).entrySet()) {
                for (String value : p.getValue()) {
                    refuse(p.getKey(), value);
                }
            }
            refuse("path", request.getUriInfo().getPath(true));
        }

        private static void refuse(String parameter, String value) {
            // A parameter is one line: tab, CR and LF, which free text may hold, are controls here.
            Optional<String> broken = value.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')
                    ? Optional.of("CONTROL_CHARACTER") : TextRules.violation(value);
            broken.ifPresent(rule -> {
                throw new ProblemException(400, "INVALID_PARAMETER", "parameter '" + sanitized(parameter)
                        + "' contains a character that is not accepted (" + rule + ")",
                        Map.of("parameter", sanitized(parameter), "rule", rule));
            });
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
