package io.github.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    private static ByteArrayInputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyBundledFileLoadsAndValidates() {
        for (String name : KnowledgeBase.BUNDLED) {
            KnowledgeBase kb = KnowledgeBase.builder()
                    .add(KnowledgeBase.class.getResourceAsStream(name), name).build();
            assertNotNull(kb);
        }
        KnowledgeBase kb = KnowledgeBase.defaults();
        assertEquals(KnowledgeBase.BUNDLED.size() + 1, kb.sourceNames().size(), kb.sourceNames()::toString);
        assertFalse(kb.places().isEmpty());
        assertFalse(kb.organizations().isEmpty());
        assertFalse(kb.persons().isEmpty());
        assertFalse(kb.titles().isEmpty());
    }

    @Test
    void countryByCode() {
        Country ru = KnowledgeBase.defaults().country("RU").orElseThrow();
        assertEquals("RU", ru.code());
        assertEquals("Russia", ru.nameEnglish());
        assertTrue(ru.names().contains("روسيا"));
        assertTrue(ru.metonyms().contains("الكرملين"));
        assertEquals("موسكو", ru.capital());
        assertEquals(ru, KnowledgeBase.defaults().country("ru").orElseThrow());
        assertTrue(KnowledgeBase.defaults().country("QQ").isEmpty());
        assertTrue(KnowledgeBase.defaults().country(null).isEmpty());
    }

    @Test
    void everyIsoCountryExistsWithCldrNames() {
        KnowledgeBase kb = KnowledgeBase.defaults();
        for (String code : Locale.getISOCountries()) {
            Country c = kb.country(code).orElseThrow(() -> new AssertionError("missing " + code));
            assertTrue(Drafts.hasArabicLetter(c.name()), code + ": " + c.name());
            assertNotNull(c.nameEnglish(), code);
            assertTrue(c.names().contains(c.name()), code);
        }
        assertTrue(kb.country("XK").isPresent());
        assertTrue(kb.countries().size() >= Locale.getISOCountries().length);
        // even without any file
        assertTrue(KnowledgeBase.builder().build().country("BT").isPresent());
    }

    @Test
    void demonymFormsPresent() {
        KnowledgeBase kb = KnowledgeBase.defaults();
        assertDemonyms(kb, "RU", "روسي", "روسية", "الروسي", "الروسية", "الروس", "الروسيون", "الروسيين");
        assertDemonyms(kb, "SY", "سوري", "سورية", "السوري", "السورية", "السوريون", "السوريين");
        assertDemonyms(kb, "TR", "تركي", "تركية", "التركي", "التركية", "الأتراك");
        assertDemonyms(kb, "SA", "سعودي", "سعودية", "السعودي", "السعودية", "السعوديون", "السعوديين");
        assertDemonyms(kb, "US", "أمريكي", "أمريكية", "الأمريكي", "الأميركي", "الأميركية", "الأمريكيون",
                "الأميركيين");
        assertDemonyms(kb, "EG", "مصري", "مصرية", "المصري", "المصرية", "المصريون", "المصريين");
        assertDemonyms(kb, "IR", "إيراني", "إيرانية", "الإيراني", "الإيرانية", "الإيرانيون", "الإيرانيين");
    }

    private static void assertDemonyms(KnowledgeBase kb, String code, String... forms) {
        Country c = kb.country(code).orElseThrow();
        for (String f : forms) {
            assertTrue(c.demonyms().contains(f), code + " lacks demonym " + f + ": " + c.demonyms());
        }
    }

    @Test
    void capitalsPresent() {
        KnowledgeBase kb = KnowledgeBase.defaults();
        for (String[] cc : new String[][] {{"RU", "موسكو"}, {"US", "واشنطن"}, {"SY", "دمشق"}, {"TR", "أنقرة"},
                {"SA", "الرياض"}, {"EG", "القاهرة"}, {"IR", "طهران"}}) {
            assertEquals(cc[1], kb.country(cc[0]).orElseThrow().capital());
            assertTrue(kb.places().stream().anyMatch(p -> p.kind() == PlaceKind.CAPITAL
                    && p.country().equals(cc[0]) && p.names().contains(cc[1])), cc[0]);
        }
    }

    @Test
    void userFileAddsPersonAndMergesNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-kb.json");
        Files.writeString(file, """
                {"version": 1,
                 "persons": [
                   {"id": "jane-doe", "names": ["جين دو"], "nameLatin": "Jane Doe", "country": "GB",
                    "roles": [{"title": "سفير", "country": "GB", "from": "2024"}]},
                   {"id": "sergey-lavrov", "names": ["سيرگي لاوروف"]}
                 ],
                 "organizations": [{"id": "un", "names": ["منظمة الأمم المتحدة"]}]
                }
                """);
        KnowledgeBase kb = KnowledgeBase.builder().addDefaults().add(file).build();
        PersonEntry jane = kb.person("jane-doe").orElseThrow();
        assertEquals("جين دو", jane.name());
        assertEquals(List.of(new RoleEntry("سفير", "GB", "2024", null)), jane.roles());
        PersonEntry lavrov = kb.person("sergey-lavrov").orElseThrow();
        assertTrue(lavrov.names().contains("سيرگي لاوروف"));
        assertTrue(lavrov.names().contains("سيرغي لافروف"));
        assertEquals("سيرغي لافروف", lavrov.name());
        assertFalse(lavrov.roles().isEmpty());
        OrganizationEntry un = kb.organization("un").orElseThrow();
        assertEquals(OrgKind.INTERNATIONAL, un.kind());
        assertTrue(un.names().contains("منظمة الأمم المتحدة"));
        assertTrue(kb.sourceNames().contains(file.toString()));
        // defaults are untouched
        assertTrue(KnowledgeBase.defaults().person("jane-doe").isEmpty());
        // add(KnowledgeBase) copies everything
        KnowledgeBase copy = KnowledgeBase.builder().add(kb).build();
        assertEquals(kb.persons(), copy.persons());
        assertEquals(kb.countries(), copy.countries());
    }

    @Test
    void badFileNamesFileAndProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"version\": 1, \"persons\": [ {\"id\": \"x\", \"names\": [\"س\"] ");
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> KnowledgeBase.builder().add(file));
        assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
        assertTrue(e.getMessage().contains("bad JSON"), e.getMessage());
        assertEquals(file.toString(), e.sourceName());

        assertProblem("{\"version\": 1, \"persons\": [{\"id\": \"x\", \"names\": [\"س\"], \"age\": 3}]}",
                "persons[0]: unknown field \"age\"");
        assertProblem("{\"persons\": []}", "missing \"version\"");
        assertProblem("{\"version\": 2}", "unsupported version");
        assertProblem("{\"version\": 1, \"persons\": [{\"names\": [\"س\"]}]}", "persons[0]: missing or blank \"id\"");
        assertProblem("{\"version\": 1, \"persons\": [{\"id\": \"x\", \"names\": [\"س\"], \"country\": \"XX\"}]}",
                "persons[0].country: unknown ISO 3166-1 alpha-2 country code \"XX\"");
        assertProblem("{\"version\": 1, \"persons\": [{\"id\": \"x\", \"names\": [\"س\"], \"roles\": "
                + "[{\"title\": \"سفير\", \"country\": \"ru\"}]}]}", "persons[0].roles[0].country");
        assertProblem("{\"version\": 1, \"persons\": [{\"id\": \"x\", \"names\": [\"س\"]}, "
                + "{\"id\": \"x\", \"names\": [\"ص\"]}]}", "duplicate id \"x\"");
        assertProblem("{\"version\": 1, \"persons\": [{\"id\": \"x\", \"names\": [\"John\"]}]}", "not Arabic");
        assertProblem("{\"version\": 1, \"persons\": [{\"id\": \"x\", \"names\": [\"  \"]}]}", "non-blank");
        assertProblem("{\"version\": 1, \"persons\": [{\"id\": \"x\", \"names\": [\"س\"], \"roles\": "
                + "[{\"title\": \"سفير\", \"from\": \"2020-13\"}]}]}", "bad date");
        assertProblem("{\"version\": 1, \"places\": [{\"name\": \"س\", \"kind\": \"TOWN\"}]}",
                "places[0].kind: unknown value \"TOWN\"");
        assertProblem("{\"version\": 1, \"version\": 1}", "bad JSON");
        // a merged entry that never gets a required field fails at build time, naming the file
        KnowledgeBaseException late = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.builder()
                .add(json("{\"version\": 1, \"organizations\": [{\"id\": \"o\", \"names\": [\"س\"]}]}"), "late.json")
                .build());
        assertTrue(late.getMessage().startsWith("late.json: "), late.getMessage());
    }

    private static void assertProblem(String content, String expected) {
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> KnowledgeBase.builder().add(json(content), "user.json"));
        assertTrue(e.getMessage().startsWith("user.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void defaultsRacedFrom16ThreadsIsOneInstance() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<KnowledgeBase>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return KnowledgeBase.defaults();
                }));
            }
            start.countDown();
            KnowledgeBase first = futures.get(0).get();
            for (Future<KnowledgeBase> f : futures) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void recordsAreImmutable() {
        KnowledgeBase kb = KnowledgeBase.defaults();
        assertThrows(UnsupportedOperationException.class, () -> kb.persons().clear());
        assertThrows(UnsupportedOperationException.class, () -> kb.country("RU").orElseThrow().names().clear());
        Set<String> ids = new HashSet<>();
        kb.persons().forEach(p -> assertTrue(ids.add(p.id()), p.id()));
    }

    @Test
    void roleHeldIn() {
        RoleEntry r = new RoleEntry("وزير الخارجية", "US", "2013-02-01", "2017-01-20");
        assertTrue(r.heldIn(2013));
        assertTrue(r.heldIn(2017));
        assertFalse(r.heldIn(2018));
        assertTrue(new RoleEntry("رئيس", "RU", null, null).heldIn(1990));
    }

    @Test
    void bundledDataIsConsistentAndBroad() {
        KnowledgeBase kb = KnowledgeBase.defaults();
        Set<String> titles = new HashSet<>();
        kb.titles().forEach(t -> titles.add(t.title()));
        for (PersonEntry p : kb.persons()) {
            assertFalse(p.names().isEmpty(), p.id());
            for (RoleEntry r : p.roles()) {
                assertTrue(titles.contains(r.title()), p.id() + ": unknown role title " + r.title());
            }
        }
        for (Country c : kb.countries()) {
            if (c.capital() != null && c.demonyms().size() > 0) {
                assertTrue(kb.places().stream().anyMatch(p -> p.kind() == PlaceKind.CAPITAL
                        && c.code().equals(p.country()) && p.names().contains(c.capital())), c.code() + " capital " + c.capital());
            }
        }
        long curated = kb.countries().stream().filter(c -> !c.demonyms().isEmpty() || c.capital() != null).count();
        assertTrue(curated >= 120, "curated countries: " + curated);
        assertTrue(kb.places().size() >= 400, "places: " + kb.places().size());
        assertTrue(kb.organizations().size() >= 150, "organizations: " + kb.organizations().size());
        assertTrue(kb.titles().size() >= 150, "titles: " + kb.titles().size());
        assertTrue(kb.persons().size() >= 250, "persons: " + kb.persons().size());
        // a few spot checks of the data the pipeline leans on
        assertTrue(kb.country("SY").orElseThrow().names().contains("سورية"));
        assertTrue(kb.country("AE").orElseThrow().names().contains("الإمارات العربية المتحدة"));
        assertTrue(kb.country("US").orElseThrow().metonyms().contains("البيت الأبيض"));
        assertTrue(kb.country("FR").orElseThrow().metonyms().contains("الإليزيه"));
        assertTrue(kb.person("sergey-lavrov").orElseThrow().names().contains("سيرجي لافروف"));
        assertTrue(kb.person("antonio-guterres").orElseThrow().names().contains("أنطونيو غوتيريس"));
        TitleEntry fm = kb.title("وزير الخارجية").orElseThrow();
        assertTrue(fm.forms().contains("وزيرة الخارجية"));
        assertEquals(TitleCategory.MINISTER, fm.category());
        assertTrue(kb.title("رئيس").orElseThrow().forms().contains("الرئيسة"));
        assertFalse(kb.title("دولة").orElseThrow().forms().contains("الدولة"), "honorifics get no automatic ال form");
        assertFalse(kb.title("دكتور").orElseThrow().forms().contains("الد."));
    }
}
