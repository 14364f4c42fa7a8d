package io.github.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.khabar.Khabar;
import io.github.khabar.model.Actor;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void roleHeldOnADay() {
        // month precision covers the whole month at both ends: the handover month belongs to both holders
        RoleEntry r = new RoleEntry("وزير الخارجية", "US", "2021-01", "2025-01");
        assertFalse(r.heldOn(LocalDate.of(2020, 12, 31)));
        assertTrue(r.heldOn(LocalDate.of(2021, 1, 1)));
        assertTrue(r.heldOn(LocalDate.of(2025, 1, 31)));
        assertFalse(r.heldOn(LocalDate.of(2025, 2, 1)));
        assertEquals(LocalDate.of(2021, 1, 1), r.firstDay());
        assertEquals(LocalDate.of(2025, 1, 31), r.lastDay());
        // a year covers the whole year; a full date is that day
        RoleEntry y = new RoleEntry("رئيس", "US", "2017", "2021-01-20");
        assertTrue(y.heldOn(LocalDate.of(2017, 1, 1)));
        assertTrue(y.heldOn(LocalDate.of(2021, 1, 20)));
        assertFalse(y.heldOn(LocalDate.of(2021, 1, 21)));
        assertEquals(LocalDate.of(2024, 2, 29), new RoleEntry("رئيس", "US", null, "2024-02").lastDay());
        // open ends
        RoleEntry open = new RoleEntry("رئيس", "RU", null, null);
        assertTrue(open.heldOn(LocalDate.of(1990, 6, 1)));
        assertEquals(null, open.firstDay());
        assertEquals(null, open.lastDay());
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

    // ---- the 2024-2026 refresh of persons.json: who held an office on a given day ----

    /** Ids of the persons holding the office on the day. */
    static List<String> holders(KnowledgeBase kb, String title, String country, LocalDate day) {
        List<String> ids = new ArrayList<>();
        for (PersonEntry p : kb.persons()) {
            for (RoleEntry r : p.roles()) {
                if (r.title().equals(title) && java.util.Objects.equals(r.country(), country) && r.heldOn(day)
                        && !ids.contains(p.id())) {
                    ids.add(p.id());
                }
            }
        }
        return ids;
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // United States: the second Trump administration
        "رئيس | US | 2024-06-15 | joe-biden",
        "رئيس | US | 2025-06-15 | donald-trump",
        "نائب الرئيس | US | 2025-06-15 | jd-vance",
        "وزير الخارجية | US | 2023-06-15 | antony-blinken",
        "وزير الخارجية | US | 2025-06-15 | marco-rubio",
        "وزير الدفاع | US | 2024-06-15 | lloyd-austin",
        "وزير الدفاع | US | 2025-06-15 | pete-hegseth",
        "وزير الخزانة | US | 2025-06-15 | scott-bessent",
        "رئيس الأركان | US | 2025-06-15 | dan-caine",
        // Iran after the May 2024 helicopter crash
        "رئيس | IR | 2023-06-15 | ebrahim-raisi",
        "رئيس | IR | 2025-06-15 | masoud-pezeshkian",
        "وزير الخارجية | IR | 2023-06-15 | hossein-amir-abdollahian",
        "وزير الخارجية | IR | 2025-06-15 | abbas-araghchi",
        "وزير الدفاع | IR | 2025-06-15 | aziz-nasirzadeh",
        "أمين مجلس الأمن | IR | 2025-06-15 | ali-akbar-ahmadian",
        "أمين مجلس الأمن | IR | 2025-10-15 | ali-larijani",
        // Syria after December 2024
        "رئيس | SY | 2023-06-15 | bashar-al-assad",
        "رئيس | SY | 2025-06-15 | ahmed-al-sharaa",
        "وزير الخارجية | SY | 2025-06-15 | asaad-al-shaibani",
        "رئيس الوزراء | SY | 2024-10-15 | mohammad-ghazi-al-jalali",
        // Lebanon's 2025 government
        "رئيس | LB | 2025-06-15 | joseph-aoun",
        "رئيس الوزراء | LB | 2025-06-15 | nawaf-salam",
        "وزير الخارجية | LB | 2025-06-15 | youssef-rajji",
        "وزير الدفاع | LB | 2025-06-15 | michel-menassa",
        "قائد الجيش | LB | 2025-06-15 | rodolphe-haykal",
        // Europe
        "رئيس الوزراء | GB | 2025-06-15 | keir-starmer",
        "وزير الخارجية | GB | 2025-06-15 | david-lammy",
        "وزير الخارجية | GB | 2025-12-15 | yvette-cooper",
        "مستشار ألمانيا | DE | 2025-06-15 | friedrich-merz",
        "وزير الخارجية | DE | 2025-06-15 | johann-wadephul",
        "وزير الخارجية | FR | 2025-06-15 | jean-noel-barrot",
        "رئيس | PL | 2025-06-15 | andrzej-duda",
        "رئيس | PL | 2025-09-15 | karol-nawrocki",
        "رئيس الوزراء | UA | 2025-09-15 | yulia-svyrydenko",
        // Israel, Egypt, Jordan, the Gulf
        "وزير الدفاع | IL | 2024-06-15 | yoav-gallant",
        "وزير الدفاع | IL | 2025-06-15 | israel-katz",
        "وزير الخارجية | IL | 2025-06-15 | gideon-saar",
        "وزير الخارجية | EG | 2025-06-15 | badr-abdelatty",
        "وزير الدفاع | EG | 2025-06-15 | abdel-mageed-saqr",
        "رئيس الوزراء | JO | 2025-06-15 | jafar-hassan",
        "رئيس الوزراء | KW | 2025-06-15 | ahmad-abdullah-al-ahmad",
        "وزير الخارجية | KW | 2025-06-15 | abdullah-al-yahya",
        // Yemen and the Maghreb
        "رئيس الوزراء | YE | 2023-06-15 | maeen-abdulmalik",
        "رئيس الوزراء | YE | 2024-06-15 | ahmed-awad-bin-mubarak",
        "رئيس الوزراء | YE | 2025-06-15 | salem-bin-breik",
        "رئيس الوزراء | TN | 2025-06-15 | sara-zaafrani-zenzri",
        "رئيس الوزراء | DZ | 2025-06-15 | nadir-larbaoui",
        "رئيس الوزراء | DZ | 2025-10-15 | sifi-ghrieb",
        "رئيس الوزراء | MR | 2025-06-15 | mokhtar-ould-djay",
        // Asia and the Americas
        "رئيس | KR | 2024-06-15 | yoon-suk-yeol",
        "رئيس | KR | 2025-07-15 | lee-jae-myung",
        "رئيس الوزراء | JP | 2025-06-15 | shigeru-ishiba",
        "رئيس الوزراء | CA | 2025-06-15 | mark-carney",
        "وزير الخارجية | CA | 2025-06-15 | anita-anand",
        // international offices
        "أمين عام حلف شمال الأطلسي | - | 2025-06-15 | mark-rutte",
        "ممثل أعلى | - | 2025-06-15 | kaja-kallas",
        "رئيس المجلس الأوروبي | - | 2025-06-15 | antonio-costa",
        "رئيس مفوضية الاتحاد الأفريقي | - | 2025-06-15 | mahmoud-ali-youssouf",
        "رئيس الجمعية العامة | - | 2025-10-15 | annalena-baerbock",
        // history back to 2010 (KbHistoryTest checks the offices on three days)
        "وزير الخارجية | SA | 2012-06-15 | saud-al-faisal",
        "وزير الخارجية | SA | 2015-08-01 | adel-al-jubeir",
        "وزير الخارجية | SA | 2024-06-15 | faisal-bin-farhan",
        "وزير الدفاع | SA | 2010-06-01 | sultan-bin-abdulaziz",
        "رئيس الوزراء | EG | 2010-06-01 | ahmed-nazif",
        "رئيس الوزراء | EG | 2015-06-01 | ibrahim-mahlab",
        "رئيس الوزراء | EG | 2017-06-01 | sherif-ismail",
        "وزير الدفاع | EG | 2011-06-01 | mohamed-hussein-tantawi",
        "وزير الدفاع | IQ | 2015-08-01 | khaled-al-obeidi",
        "وزير الدفاع | SY | 2016-06-01 | fahd-jassem-al-freij",
        "رئيس الوزراء | JO | 2014-06-01 | abdullah-ensour",
        "رئيس الوزراء | KW | 2015-06-01 | jaber-al-mubarak",
        "رئيس الوزراء | TN | 2018-06-01 | youssef-chahed",
        "رئيس الوزراء | YE | 2013-06-01 | mohammed-basindawa",
        "وزير الدفاع | IL | 2014-06-01 | moshe-yaalon",
        "وزير الدفاع | IL | 2021-06-01 | benny-gantz",
        "وزير الخارجية | IL | 2017-06-01 | benjamin-netanyahu",
        "وزير الخارجية | IR | 2010-06-01 | manouchehr-mottaki",
        "وزير الدفاع | TR | 2016-06-01 | fikri-isik",
        "وزير الدفاع | CN | 2016-06-01 | chang-wanquan",
        "وزير الدفاع | GB | 2016-06-01 | michael-fallon",
        "وزير الدفاع | FR | 2019-06-01 | florence-parly",
        "رئيس الوزراء | FR | 2010-06-01 | francois-fillon",
        "أمين عام جامعة الدول العربية | - | 2010-06-01 | amr-moussa",
        "رئيس مفوضية الاتحاد الأفريقي | - | 2015-08-01 | nkosazana-dlamini-zuma",
        "أمين عام منظمة التعاون الإسلامي | - | 2019-06-01 | yousef-al-othaimeen",
    })
    void officeHasItsHolderOnTheDay(String title, String country, String day, String id) {
        assertEquals(List.of(id), holders(KnowledgeBase.defaults(), title, country, LocalDate.parse(day)));
    }

    /**
     * A head of state or government, a foreign or defence minister, a monarch and the heads of the
     * international bodies have one holder at a time: a successor added without closing the predecessor's
     * role would make the office ambiguous on every later date. A month's overlap is the handover month of
     * month-precision dates. Allowed: the rival Palestinian governments of 2007-2014.
     */
    @Test
    void singleHolderOfficesDoNotOverlap() {
        KnowledgeBase kb = KnowledgeBase.defaults();
        Set<String> single = Set.of("رئيس", "رئيس الوزراء", "وزير الخارجية", "وزير الدفاع", "ملك", "أمير البلاد",
                "سلطان", "مستشار ألمانيا", "رئيس المجلس الرئاسي", "رئيس مجلس السيادة", "رئيس البرلمان", "رئيس الأركان",
                "قائد الجيش", "مندوب دائم", "أمين مجلس الأمن", "وزير الخزانة", "أمين عام الأمم المتحدة",
                "أمين عام حلف شمال الأطلسي", "أمين عام جامعة الدول العربية", "أمين عام مجلس التعاون", "ممثل أعلى",
                "رئيس المفوضية الأوروبية", "رئيس المجلس الأوروبي", "رئيس مفوضية الاتحاد الأفريقي", "رئيس الجمعية العامة",
                "أمين عام منظمة التعاون الإسلامي");
        Set<String> allowed = Set.of("رئيس الوزراء|PS");
        record Held(String id, LocalDate from, LocalDate to) {}
        java.util.Map<String, List<Held>> byOffice = new java.util.HashMap<>();
        for (PersonEntry p : kb.persons()) {
            for (RoleEntry r : p.roles()) {
                if (single.contains(r.title())) {
                    byOffice.computeIfAbsent(r.title() + "|" + r.country(), k -> new ArrayList<>())
                            .add(new Held(p.id(), r.firstDay() == null ? LocalDate.MIN : r.firstDay(),
                                    r.lastDay() == null ? LocalDate.MAX : r.lastDay()));
                }
            }
        }
        List<String> overlaps = new ArrayList<>();
        byOffice.forEach((office, held) -> {
            if (allowed.contains(office)) return;
            for (int i = 0; i < held.size(); i++) {
                for (int j = i + 1; j < held.size(); j++) {
                    Held a = held.get(i);
                    Held b = held.get(j);
                    LocalDate start = a.from().isAfter(b.from()) ? a.from() : b.from();
                    LocalDate end = a.to().isBefore(b.to()) ? a.to() : b.to();
                    if (!a.id().equals(b.id()) && start.plusDays(31).isBefore(end)) {
                        overlaps.add(office + ": " + a.id() + " / " + b.id());
                    }
                }
            }
        });
        assertEquals(List.of(), overlaps);
    }

    private static final Khabar KHABAR = Khabar.builder().build();

    static Actor person(Extraction x, String name) {
        return x.actors().stream().filter(a -> a.type() == ActorType.PERSON && a.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not among " + x.actors()));
    }

    private static boolean holds(Actor a, String title, String country) {
        return a.roles().stream().anyMatch(r -> r.title().contains(title) && country.equals(r.country()));
    }

    @Test
    void namedOfficeHolderKeepsTheStatedOffice() throws Exception {
        Extraction x = KHABAR.extract(Document.of("rubio-2025",
                "قال وزير الخارجية الأمريكي ماركو روبيو إن المحادثات مع الجانب السعودي كانت بناءة.",
                LocalDate.of(2025, 6, 15)));
        Actor rubio = person(x, "ماركو روبيو");
        assertEquals("US", rubio.country());
        assertTrue(holds(rubio, "وزير الخارجية", "US"), rubio::toString);
    }

    @Test
    void unnamedOfficeIsItsHolderOnThePublicationDate() throws Exception {
        String text = "وصل وزير الخارجية الأمريكي إلى الرياض اليوم في زيارة رسمية يلتقي خلالها نظيره السعودي.";
        Extraction in2025 = KHABAR.extract(Document.of("us-fm-2025", text, LocalDate.of(2025, 6, 15)));
        Actor rubio = person(in2025, "ماركو روبيو");
        assertEquals("Marco Rubio", rubio.nameLatin());
        assertTrue(holds(rubio, "وزير الخارجية", "US"), rubio::toString);
        // the same words in 2023 meant Blinken: the 2025 holder's office does not reach back
        Extraction in2023 = KHABAR.extract(Document.of("us-fm-2023", text, LocalDate.of(2023, 6, 15)));
        person(in2023, "أنتوني بلينكن");
        assertTrue(in2023.actors().stream().noneMatch(a -> a.name().equals("ماركو روبيو")), in2023.actors()::toString);

        String yemen = "قال رئيس الوزراء اليمني إن الحكومة ماضية في الإصلاحات الاقتصادية.";
        person(KHABAR.extract(Document.of("ye-pm-2025", yemen, LocalDate.of(2025, 6, 15))), "سالم بن بريك");
        person(KHABAR.extract(Document.of("ye-pm-2023", yemen, LocalDate.of(2023, 6, 15))), "معين عبد الملك");
    }

    @Test
    void aNameAloneTakesTheOfficeHeldOnThePublicationDate() throws Exception {
        String text = "التقى عباس عراقجي في مسقط وزير الخارجية العماني بدر البوسعيدي.";
        Actor in2025 = person(KHABAR.extract(Document.of("araghchi-2025", text, LocalDate.of(2025, 4, 12))), "عباس عراقجي");
        assertTrue(holds(in2025, "وزير الخارجية", "IR"), in2025::toString);
        // in 2018 he was a deputy minister: the minister's office of 2024 is not his yet
        Actor in2018 = person(KHABAR.extract(Document.of("araghchi-2018", text, LocalDate.of(2018, 4, 12))), "عباس عراقجي");
        assertTrue(holds(in2018, "نائب وزير الخارجية", "IR"), in2018::toString);
        assertTrue(in2018.roles().stream().noneMatch(r -> r.title().startsWith("وزير الخارجية")), in2018::toString);
    }
}
