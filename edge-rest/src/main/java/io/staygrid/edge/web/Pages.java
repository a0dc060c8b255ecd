package io.staygrid.edge.web;

import io.quarkus.qute.TemplateInstance;
import io.staygrid.edge.config.EdgeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/** Builds page shells and turns templates into HTML responses; path ids that cannot exist are a 404 page. */
@ApplicationScoped
public class Pages {

    private static final Pattern RESERVATION_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final EdgeConfig config;

    Pages(EdgeConfig config) {
        this.config = config;
    }

    public PageShell site(String title, String script) {
        return new PageShell(title, script, "site", signIn());
    }

    public PageShell admin(String title, String script) {
        return new PageShell(title, script, "admin", signIn());
    }

    /** "dev-token" where a development token minter is configured (./run-local), else "oidc". */
    public String signIn() {
        return config.devTokens().mintUrl().isPresent() ? "dev-token" : "oidc";
    }

    /** The development token minter's URL, or "" when there is none. */
    public String mintUrl() {
        return config.devTokens().mintUrl().orElse("");
    }

    public Response ok(TemplateInstance page) {
        return Response.ok(page.render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    public Response notFound() {
        return ErrorPage.response(404, signIn());
    }

    /** The page for a positive numeric id, else the not-found page. */
    public Response withId(String id, LongFunction<TemplateInstance> page) {
        OptionalLong parsed = positive(id);
        return parsed.isPresent() ? ok(page.apply(parsed.getAsLong())) : notFound();
    }

    public static boolean reservationId(String id) {
        return id != null && RESERVATION_ID.matcher(id).matches();
    }

    static OptionalLong positive(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(id);
        return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }
}
