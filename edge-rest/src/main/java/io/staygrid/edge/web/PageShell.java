package io.staygrid.edge.web;

/**
 * What the layout of every page needs: the title, the page's script module (under /assets/js/pages/),
 * which part of the site it belongs to, and how signing in works here.
 *
 * @param area "site" for the guest site, "admin" for the staff panel
 * @param signIn "dev-token" (./run-local: its token minter) or "oidc" (the identity provider, prod)
 */
public record PageShell(String title, String script, String area, String signIn) {

    public boolean admin() {
        return "admin".equals(area);
    }
}
