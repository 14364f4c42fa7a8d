package io.github.khabar.hosts.tooold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.VersionInfo;
import io.github.khabar.Khabar;
import org.junit.jupiter.api.Test;

/**
 * An application pinned to ICU4J 54.1, which has no Umm al-Qura calendar: building a Khabar fails at once,
 * with a message that names the version found and the one needed — not with a {@code NoSuchMethodError}
 * on the first Hijri date of some document.
 */
class TooOldIcuHostTest {
    @Test
    void buildingKhabarSaysWhichIcuIsNeeded() {
        assertEquals(System.getProperty("icu4j.version"), VersionInfo.ICU_VERSION.getMajor() + "."
                + VersionInfo.ICU_VERSION.getMinor());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Khabar.builder().build());
        assertTrue(e.getMessage().contains("ICU4J 54.1"), e.getMessage());
        assertTrue(e.getMessage().contains("55.1 or later"), e.getMessage());
        assertTrue(e.getCause() instanceof LinkageError, String.valueOf(e.getCause()));
    }
}
