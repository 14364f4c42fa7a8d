package io.github.khabar.hosts.old;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import com.google.common.collect.ImmutableList;
import com.ibm.icu.util.VersionInfo;
import io.github.khabar.Khabar;
import io.github.khabar.hosts.SeedCheck;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * An application pinned to old Guava and to the oldest ICU4J Khabar runs on. The seed's second meeting is
 * dated with a Levantine month name ("كانون الثاني") that Khabar takes from ICU's locale data, and a Hijri
 * date needs ICU's Umm al-Qura calendar: the host's old ICU must give both.
 */
class OldGuavaIcuHostTest {
    @Test
    void khabarRunsOnTheHostsOldGuavaAndIcu() throws Exception {
        String guavaJar = ImmutableList.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        assertTrue(guavaJar.endsWith("guava-" + System.getProperty("guava.version") + ".jar"), guavaJar);
        assertEquals(System.getProperty("icu4j.version"), VersionInfo.ICU_VERSION.getMajor() + "."
                + VersionInfo.ICU_VERSION.getMinor());

        Khabar khabar = Khabar.builder().build();
        SeedCheck.extractAndCheck(khabar);

        // 5 Ramadan 1446 in the Umm al-Qura calendar is 5 March 2025 (1 Ramadan 1446 fell on 1 March 2025)
        Extraction x = khabar.extract(Document.of("hijri", "التقى وزير الخارجية السعودي فيصل بن فرحان نظيره"
                + " المصري بدر عبد العاطي في الرياض يوم 5 رمضان 1446 هـ، وبحث الجانبان العلاقات الثنائية.",
                LocalDate.of(2025, 3, 6)));
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        Meeting m = x.meetings().get(0);
        assertEquals("2025-03-05", m.time().value(), m.time().toString());
    }
}
