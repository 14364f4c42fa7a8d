package io.github.khabar.hosts.jpms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.khabar.Khabar;
import org.junit.jupiter.api.Test;

/** Runs on the module path (surefire patches this test into the application's module). */
class ModularAppTest {
    @Test
    void khabarRunsAsNamedModules() throws Exception {
        assertEquals("io.github.khabar.hosts.jpms", ModularApp.class.getModule().getName());
        Module core = Khabar.class.getModule();
        assertEquals("io.github.khabar.core", core.getName(), "Khabar is a named module, not the unnamed one");
        for (String m : new String[] {"io.github.khabar.model", "io.github.khabar.text", "com.ibm.icu",
                "com.google.common", "tools.jackson.core"}) {
            assertTrue(core.getLayer().findModule(m).isPresent(), m + " resolved as a module");
        }

        String json = ModularApp.run();
        assertTrue(json.startsWith("{\"document\":{\"id\":\"004_f1091ec8fa528e9a\""), json);
    }
}
