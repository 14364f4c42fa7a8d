package io.github.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The knowledge base's history (office holders back to 2010) and the persons imported from UniversalPetrarch's
 * Arabic actor dictionary (kb/persons-imported.json, tools/import-universalpetrarch.py).
 */
class KbHistoryTest {

    private static final KnowledgeBase KB = KnowledgeBase.defaults();

    /** The head-of-state title of the monarchies; a republic's head of state is "رئيس". */
    private static final Map<String, String> HEAD_OF_STATE = Map.of("SA", "ملك", "JO", "ملك", "MA", "ملك", "BH", "ملك",
            "GB", "ملك", "KW", "أمير البلاد", "QA", "أمير البلاد", "OM", "سلطان");

    /**
     * Offices with no single holder in the data on a date, and why: a vacancy or a head of state under another
     * title, an office the head of state holds himself, a contested or acting tenure the data leaves out
     * rather than guess.
     */
    private static final Set<String> NO_HOLDER = Set.of(
            // Lebanon's presidential vacancy May 2014 - October 2016; Sudan's and Yemen's councils (other titles)
            "LB|head|2015-08-01", "SD|head|2020-01-01", "YE|head|2022-06-01", "LY|head|2010-06-01",
            "LY|head|2015-08-01", "LY|head|2020-01-01",
            // prime ministers: kings and sultans head their own governments; Iran and the US have none; Turkey
            // abolished the office in 2018; Sudan had none before 2017 nor in 2020-2025 after Hamdok
            "SA|pm|2010-06-01", "SA|pm|2015-08-01", "SA|pm|2020-01-01", "OM|pm|2010-06-01", "OM|pm|2015-08-01",
            "OM|pm|2020-01-01", "IR|pm|2010-06-01", "IR|pm|2015-08-01", "IR|pm|2020-01-01", "US|pm|2010-06-01",
            "US|pm|2015-08-01", "US|pm|2020-01-01", "TR|pm|2020-01-01", "SD|pm|2010-06-01", "SD|pm|2015-08-01",
            "KM|pm|2010-06-01", "KM|pm|2015-08-01", "KM|pm|2020-01-01", "LY|pm|2010-06-01",
            // Yemen's war year 2015: acting ministers; Tunisia's caretaker months of 2019-2020
            "YE|fm|2015-08-01", "TN|fm|2020-01-01",
            // foreign ministers the data does not yet list
            "KM|fm|2010-06-01", "KM|fm|2015-08-01", "KM|fm|2020-01-01", "SO|fm|2010-06-01", "SO|fm|2015-08-01",
            "SO|fm|2020-01-01", "LY|fm|2015-08-01", "LY|fm|2020-01-01", "MR|fm|2010-06-01", "MR|fm|2015-08-01");

    /** Countries whose defence minister is checked (elsewhere the head of state or government holds it, or the data has gaps). */
    private static final List<String> DEFENCE = List.of("EG", "IQ", "LB", "SA", "SY", "AE", "IR", "TR", "IL", "US", "RU",
            "CN", "GB", "FR");

    private static List<String> holders(String title, String country, LocalDate day) {
        return KnowledgeBaseTest.holders(KB, title, country, day);
    }

    @Test
    void everyListedOfficeHasAHolderOnTheCheckedDays() {
        List<String> countries = List.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM",
                "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "IR", "TR", "IL", "US", "RU", "CN", "GB", "FR");
        List<String> missing = new ArrayList<>();
        for (String day : List.of("2010-06-01", "2015-08-01", "2020-01-01")) {
            LocalDate d = LocalDate.parse(day);
            for (String c : countries) {
                check(missing, c + "|head|" + day, holders(HEAD_OF_STATE.getOrDefault(c, "رئيس"), c, d));
                check(missing, c + "|pm|" + day, holders("رئيس الوزراء", c, d));
                check(missing, c + "|fm|" + day, holders("وزير الخارجية", c, d));
                if (DEFENCE.contains(c)) check(missing, c + "|dm|" + day, holders("وزير الدفاع", c, d));
            }
            for (String title : List.of("أمين عام الأمم المتحدة", "أمين عام جامعة الدول العربية", "أمين عام مجلس التعاون",
                    "رئيس مفوضية الاتحاد الأفريقي", "رئيس المفوضية الأوروبية", "رئيس المجلس الأوروبي", "ممثل أعلى",
                    "أمين عام منظمة التعاون الإسلامي")) {
                check(missing, title + "|" + day, holders(title, null, d));
            }
        }
        assertEquals(List.of(), missing);
    }

    private static void check(List<String> missing, String office, List<String> holders) {
        if (holders.isEmpty() && !NO_HOLDER.contains(office)) missing.add(office + ": no holder");
        if (!holders.isEmpty() && NO_HOLDER.contains(office)) missing.add(office + ": listed as without holder but has " + holders);
    }

    // ---- resolution of an unnamed office on the document's date, across the years ----

    private static final Khabar KHABAR = Khabar.builder().build();

    private static List<String> persons(String text, String day) throws Exception {
        Extraction x = KHABAR.extract(Document.of("doc-" + day, text, LocalDate.parse(day)));
        return x.actors().stream().filter(a -> a.type() == ActorType.PERSON).map(Actor::name).toList();
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // the Saudi foreign minister: Saud al-Faisal until April 2015, al-Jubeir, then Faisal bin Farhan
        "وصل وزير الخارجية السعودي إلى القاهرة اليوم في زيارة رسمية. | 2012-06-15 | سعود الفيصل",
        "وصل وزير الخارجية السعودي إلى القاهرة اليوم في زيارة رسمية. | 2015-08-01 | عادل الجبير",
        "وصل وزير الخارجية السعودي إلى القاهرة اليوم في زيارة رسمية. | 2024-06-15 | فيصل بن فرحان",
        // the Egyptian prime minister through the 2011-2018 changes
        "قال رئيس الوزراء المصري إن الحكومة ماضية في الإصلاحات. | 2010-06-01 | أحمد نظيف",
        "قال رئيس الوزراء المصري إن الحكومة ماضية في الإصلاحات. | 2015-06-01 | إبراهيم محلب",
        "قال رئيس الوزراء المصري إن الحكومة ماضية في الإصلاحات. | 2017-06-01 | شريف إسماعيل",
        "قال رئيس الوزراء المصري إن الحكومة ماضية في الإصلاحات. | 2024-06-01 | مصطفى مدبولي",
        // the Israeli defence minister
        "قال وزير الدفاع الإسرائيلي إن الجيش مستعد. | 2011-06-01 | إيهود باراك",
        "قال وزير الدفاع الإسرائيلي إن الجيش مستعد. | 2014-06-01 | موشيه يعلون",
        "قال وزير الدفاع الإسرائيلي إن الجيش مستعد. | 2021-06-01 | بيني غانتس",
        // the Tunisian prime minister and the Iraqi and Syrian defence ministers
        "قال رئيس الوزراء التونسي إن الحكومة ماضية في الإصلاحات. | 2018-06-01 | يوسف الشاهد",
        "قال وزير الدفاع العراقي إن الجيش مستعد. | 2015-08-01 | خالد العبيدي",
        "قال وزير الدفاع العراقي إن الجيش مستعد. | 2021-06-01 | جمعة عناد",
        "قال وزير الدفاع السوري إن الجيش مستعد. | 2016-06-01 | فهد جاسم الفريج",
        "قال وزير الخارجية الإيراني إن المحادثات بناءة. | 2010-06-01 | منوشهر متكي",
        "قال وزير الخارجية الإيراني إن المحادثات بناءة. | 2016-06-01 | محمد جواد ظريف",
    })
    void unnamedOfficeIsItsHolderOnTheDocumentsDate(String text, String day, String expected) throws Exception {
        List<String> found = persons(text, day);
        assertTrue(found.contains(expected), day + ": " + found);
        assertEquals(1, found.size(), day + ": one office, one holder: " + found);
    }

    @Test
    void actorsCarryTheCameoCodeOfTheirOfficeOnTheDay() throws Exception {
        Extraction x = KHABAR.extract(Document.of("sy-dm-2016", "قال وزير الدفاع السوري إن الجيش مستعد.",
                LocalDate.of(2016, 6, 1)));
        Actor freij = x.actors().stream().filter(a -> a.name().equals("فهد جاسم الفريج")).findFirst().orElseThrow();
        assertTrue(freij.codes().contains("SYRGOVMIL"), freij::toString);
    }

    // ---- the import from UniversalPetrarch ----

    private static final Pattern SOURCE = Pattern.compile("universalpetrarch-actor_dict_ar_v4\\.txt:(\\d+(?:,\\d+)*)");
    private static final Pattern NAME = Pattern.compile("[\\u0621-\\u063A\\u0641-\\u064A]{2,}( [\\u0621-\\u063A\\u0641-\\u064A]{2,}){1,4}");
    /** CAMEO 1.1b3 chapter 3: role codes that may follow a country code. */
    private static final Set<String> CAMEO_ROLES = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO",
            "NGO", "MED", "EDU", "BUS", "CRM", "CVL", "ELI", "HLH", "HRI", "LAB", "LEG", "REF", "AGR", "ENV", "DEV", "UAF",
            "SEP", "RAD", "MOD", "MNC", "SET", "INS", "REL");

    private static List<PersonEntry> imported() {
        return KB.persons().stream().filter(p -> p.source() != null).toList();
    }

    private static String iso3(String alpha2) {
        return new Locale("", alpha2).getISO3Country();
    }

    /** Comparison form of an Arabic name (as the importer's): no marks, one alif, ه for ة, ي for ى. */
    private static String key(String s) {
        String k = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\u064B-\\u0652\\u0670\\u0640]", "")
                .replaceAll("[أإآ]", "ا").replace('ة', 'ه').replace('ى', 'ي');
        return String.join(" ", k.strip().split("\\s+"));
    }

    @Test
    void importedPersonsAreWellFormedCodedAndSourced() {
        List<PersonEntry> imported = imported();
        assertTrue(imported.size() >= 150, "imported: " + imported.size());
        Set<String> iso3 = new HashSet<>();
        for (String c : Locale.getISOCountries()) iso3.add(iso3(c));
        Set<String> curated = new HashSet<>();
        KB.persons().stream().filter(p -> p.source() == null).forEach(p -> p.names().forEach(n -> curated.add(key(n))));
        List<String> problems = new ArrayList<>();
        for (PersonEntry p : imported) {
            String where = p.id() + " (" + p.source() + ")";
            if (!SOURCE.matcher(p.source()).matches()) problems.add(where + ": source is not file:line");
            for (String n : p.names()) {
                if (!NAME.matcher(n).matches()) problems.add(where + ": malformed name " + n);
                if (curated.contains(key(n))) problems.add(where + ": duplicates a curated person " + n);
            }
            if (!p.roles().isEmpty()) problems.add(where + ": an import has no office titles");
            if (p.codes().isEmpty()) problems.add(where + ": no code");
            for (ActorCode c : p.codes()) {
                String head = c.code().substring(0, 3);
                if (!iso3.contains(head) && !head.equals("IGO") && !head.equals("NGO")) {
                    problems.add(where + ": not a CAMEO country " + c.code());
                }
                if (!head.equals("IGO") && !head.equals("NGO") && (p.country() == null || !head.equals(iso3(p.country())))) {
                    problems.add(where + ": code " + c.code() + " disagrees with the country " + p.country());
                }
                for (int i = 3; i < c.code().length(); i += 3) {
                    if (!CAMEO_ROLES.contains(c.code().substring(i, i + 3))) problems.add(where + ": not a CAMEO role " + c.code());
                }
                if (c.from() != null && c.to() != null && RoleEntry.day(c.from(), false).isAfter(RoleEntry.day(c.to(), true))) {
                    problems.add(where + ": " + c + " ends before it starts");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Every imported entry points at the dictionary line it came from (when the dictionary is beside the checkout). */
    @Test
    void importedSourcesPointAtTheirDictionaryLine() throws Exception {
        Path dict = Path.of("").toAbsolutePath();
        while (dict != null && !Files.isDirectory(dict.resolve("core"))) dict = dict.getParent();
        Path file = dict == null ? null
                : dict.resolveSibling("shared").resolve("resources/actors/universalpetrarch-actor_dict_ar_v4.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(file != null && Files.exists(file), "no ../shared");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (PersonEntry p : imported()) {
            Matcher m = SOURCE.matcher(p.source());
            assertTrue(m.matches(), p.source());
            for (String n : m.group(1).split(",")) {
                // the entries pooled under one name may spell it with ى or ي, ة or ه (the importer's key)
                String line = lines.get(Integer.parseInt(n) - 1);
                if (!key(line).startsWith(key(p.name()).replace(' ', '_'))) {
                    problems.add(p.id() + ": line " + n + " does not name " + p.name() + ": " + line);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void importedPersonGetsTheCodeHeldOnTheDocumentsDate() throws Exception {
        // سلام فياض: PSEGOV 2007-06-15 .. 2013-06-06 on line 258, PSEELI from 2013-06-06 on line 4721
        PersonEntry fayyad = imported().stream().filter(p -> p.names().contains("سلام فياض")).findFirst().orElseThrow();
        assertEquals("universalpetrarch-actor_dict_ar_v4.txt:257,540,1173,4720", fayyad.source());
        String text = "قال سلام فياض إن الحكومة ستدفع الرواتب هذا الشهر.";
        Actor in2010 = person(KHABAR.extract(Document.of("f-2010", text, LocalDate.of(2010, 5, 1))), "سلام فياض");
        assertTrue(in2010.codes().contains("PSEGOV"), in2010::toString);
        assertFalse(in2010.codes().contains("PSEELI"), in2010::toString);
        assertEquals("PS", in2010.country());
        Actor in2016 = person(KHABAR.extract(Document.of("f-2016", text, LocalDate.of(2016, 5, 1))), "سلام فياض");
        assertEquals(List.of("PSEELI"), in2016.codes());
    }

    private static Actor person(Extraction x, String name) {
        return KnowledgeBaseTest.person(x, name);
    }

    @Test
    void badCodesAreRejected() {
        for (String[] bad : new String[][] {{"\"IRQ-GOV\"", "not a CAMEO actor code"}, {"\"irqgov\"", "not a CAMEO actor code"},
                {"\"IRQGO\"", "not a CAMEO actor code"}}) {
            String json = "{\"version\": 1, \"persons\": [{\"id\": \"x\", \"names\": [\"س ص\"], \"codes\": [{\"code\": "
                    + bad[0] + ", \"from\": \"2010\"}], \"source\": \"f:1\"}]}";
            KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.builder()
                    .add(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "user.json"));
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
        String reversed = "{\"version\": 1, \"persons\": [{\"id\": \"x\", \"names\": [\"س ص\"], \"codes\": "
                + "[{\"code\": \"IRQGOV\", \"from\": \"2014\", \"to\": \"2010\"}]}]}";
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.builder()
                .add(new ByteArrayInputStream(reversed.getBytes(StandardCharsets.UTF_8)), "user.json"));
        assertTrue(e.getMessage().contains("is after"), e.getMessage());
    }
}
