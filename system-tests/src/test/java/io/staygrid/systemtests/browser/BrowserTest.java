package io.staygrid.systemtests.browser;

import io.staygrid.systemtests.MeshExtension;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test of the web pages in Chromium on the real mesh; skipped loudly without Chromium, failed under CI=true. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith({ ChromiumCondition.class, MeshExtension.class })
public @interface BrowserTest {
}
