package io.staygrid.edge.error;

import jakarta.ws.rs.core.Response;

/** The standard phrase of an HTTP status, used as a problem's title. */
final class HttpTitles {

    private HttpTitles() {
    }

    static String of(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known == null ? "HTTP " + status : known.getReasonPhrase();
            }
        };
    }
}
