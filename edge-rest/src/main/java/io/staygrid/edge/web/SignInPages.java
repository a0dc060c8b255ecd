package io.staygrid.edge.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Signing in to the pages. The pages call /v1 with a bearer token kept by the browser; this is where
 * they get one. ./run-local: the sign-in page gets a development token from the runner's minter (staygrid.edge.dev-tokens.mint-url). prod: the
 * identity provider's authorization code flow (quarkus-oidc, only under /sign-in/oidc, see
 * application.properties) ends on the handoff page, which hands the session's access token to the page
 * script. The /v1 API still verifies that token itself (smallrye-jwt), exactly like any other client's.
 */
@Path("/sign-in")
@Page
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    private final Pages pages;
    private final SecurityIdentity identity;

    SignInPages(Pages pages, SecurityIdentity identity) {
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    public Response signIn() {
        return pages.ok(SiteTemplates.signIn(pages.site("Sign in", "sign-in"), pages.mintUrl()));
    }

    /** prod: reached only after the code flow (HTTP permission); hands the access token to the page script. */
    @GET
    @Path("oidc")
    public Response handoff() {
        if (!"oidc".equals(pages.signIn())) {
            return pages.notFound();
        }
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token == null || token.getToken() == null) {
            return ErrorPage.response(401, pages.signIn());
        }
        return pages.ok(SiteTemplates.signInComplete(pages.site("Signing in", "sign-in-complete"), token.getToken()));
    }

    /** After the identity provider's logout (quarkus.oidc.logout.path) or when there was no session: home. */
    @GET
    @Path("oidc/sign-out")
    public Response signedOut() {
        return Response.seeOther(URI.create("/")).build();
    }
}
