package io.staygrid.edge.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The staff admin panel's templates, in src/main/resources/templates/admin/. */
@CheckedTemplate(basePath = "admin", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
public final class AdminTemplates {

    private AdminTemplates() {
    }

    static native TemplateInstance hotels(PageShell page);

    static native TemplateInstance catalog(PageShell page, long hotelId);

    static native TemplateInstance inventory(PageShell page, long hotelId);

    static native TemplateInstance rates(PageShell page, long hotelId);

    static native TemplateInstance policies(PageShell page, long hotelId);

    static native TemplateInstance arrivals(PageShell page, long hotelId);

    static native TemplateInstance book(PageShell page, long hotelId);
}
