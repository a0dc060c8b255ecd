package io.staygrid.edge.ratelimit;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.staygrid.edge.config.EdgeConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The address a request is rate limited by. The connection's peer, unless the peer is a trusted proxy: then the
 * right-most X-Forwarded-For entry that is not a trusted proxy. Load balancers append the address they saw, so
 * everything left of the last untrusted hop was written by the client and may be invented; Quarkus' own forwarded
 * view (request.remoteAddress()) takes the left-most entry, which a client behind an appending balancer chooses.
 */
@ApplicationScoped
public class ClientAddresses {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    /** An entry longer than any address is kept only this long as a key, so a header cannot grow the bucket cache. */
    private static final int MAX_KEY_LENGTH = 64;

    private final List<IpSubnetFilterRule> trusted;

    @Inject
    ClientAddresses(EdgeConfig config) {
        this(config.rateLimit().trustedProxies());
    }

    ClientAddresses(List<String> trustedProxies) {
        List<IpSubnetFilterRule> rules = new ArrayList<>();
        for (String entry : trustedProxies) {
            if (!entry.isBlank()) {
                rules.add(rule(entry.trim()));
            }
        }
        this.trusted = List.copyOf(rules);
    }

    /** The client address of {@code request}. */
    public String of(HttpServerRequest request) {
        // connection().remoteAddress() is the socket's peer; request.remoteAddress() is Quarkus' forwarded view.
        io.vertx.core.net.SocketAddress peer = request.connection() == null ? request.remoteAddress()
                : request.connection().remoteAddress();
        String address = peer == null || peer.hostAddress() == null ? "unknown" : peer.hostAddress();
        return of(address, request.headers().getAll(X_FORWARDED_FOR));
    }

    /** The client address, given the connection's peer and the X-Forwarded-For header lines in order. */
    String of(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = withoutPort(hops.get(i));
            if (!isTrusted(hop)) {
                return hop.length() > MAX_KEY_LENGTH ? hop.substring(0, MAX_KEY_LENGTH) : hop;
            }
        }
        // Every hop is a trusted proxy (or there is none): the left-most one is as far as anyone vouches for.
        return hops.isEmpty() ? peer : withoutPort(hops.get(0));
    }

    private boolean isTrusted(String address) {
        InetAddress ip = NetUtil.createInetAddressFromIpAddressString(address);
        if (ip == null) {
            return false;
        }
        InetSocketAddress socket = new InetSocketAddress(ip, 0);
        return trusted.stream().anyMatch(rule -> rule.matches(socket));
    }

    /** "1.2.3.4:5678" → "1.2.3.4", "[2001:db8::1]:443" → "2001:db8::1"; anything else as it is. */
    static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    private static IpSubnetFilterRule rule(String entry) {
        int slash = entry.indexOf('/');
        String ip = slash < 0 ? entry : entry.substring(0, slash);
        InetAddress address = NetUtil.createInetAddressFromIpAddressString(ip);
        if (address == null) {
            throw new IllegalArgumentException("staygrid.edge.rate-limit.trusted-proxies: '" + entry
                    + "' is not an IP address or CIDR range (host names are not accepted)");
        }
        int bits = address.getAddress().length * 8;
        int prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("staygrid.edge.rate-limit.trusted-proxies: bad prefix in '" + entry + "'");
        }
        return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
    }
}
