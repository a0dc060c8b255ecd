package io.staygrid.edge.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The guest site's templates, in src/main/resources/templates/site/ (file names hyphenated). */
@CheckedTemplate(basePath = "site", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
public final class SiteTemplates {

    private SiteTemplates() {
    }

    static native TemplateInstance search(PageShell page);

    static native TemplateInstance hotel(PageShell page, long hotelId);

    static native TemplateInstance roomType(PageShell page, long hotelId, long roomTypeId);

    static native TemplateInstance book(PageShell page);

    static native TemplateInstance reservations(PageShell page);

    static native TemplateInstance reservation(PageShell page, String reservationId);

    static native TemplateInstance confirmation(PageShell page, String reservationId);

    static native TemplateInstance signIn(PageShell page, String mintUrl);

    static native TemplateInstance signInComplete(PageShell page, String accessToken);

    static native TemplateInstance error(PageShell page, int status, String heading, String message);
}
