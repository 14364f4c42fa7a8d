package io.github.khabar.corpus;

import io.github.khabar.Khabar;
import io.github.khabar.model.Document;
import io.github.khabar.model.Span;
import io.github.khabar.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Linking across documents, on short articles written for this test in the styles of a news agency, an
 * Egyptian daily and a Levantine site (test resources {@code io/github/khabar/corpus}).
 */
class CorpusTest {
    private static final String DIR = "/io/github/khabar/corpus/";
    private static final Khabar KHABAR = Khabar.builder().build();
    private static List<Document> docs;
    private static Map<String, String> texts;
    private static Corpus corpus;

    @BeforeAll
    static void build() throws IOException {
        docs = new ArrayList<>();
        texts = new HashMap<>();
        JsonNode meta = JsonMapper.builder().build().readTree(read("metadata.json"));
        for (JsonNode m : meta) {
            String id = m.path("id").asString();
            String text = read(id + ".txt");
            texts.put(id, text);
            docs.add(new Document(id, text, LocalDate.parse(m.path("published").asString()),
                    m.path("outlet").asString()));
        }
        corpus = Corpus.builder(KHABAR).parallelism(2).build(docs.stream());
    }

    private static String read(String name) throws IOException {
        try (InputStream in = CorpusTest.class.getResourceAsStream(DIR + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CorpusActor actorNamed(String name) {
        List<CorpusActor> found = corpus.actors().stream()
                .filter(a -> a.name().equals(name) || a.aliases().contains(name)).toList();
        assertEquals(1, found.size(), "actors named " + name + ": " + found);
        return found.get(0);
    }

    private static List<CorpusEvent> events(EventKind kind, CorpusActor... with) {
        return corpus.events().stream().filter(e -> e.kind() == kind)
                .filter(e -> {
                    for (CorpusActor a : with) {
                        if (!e.actors().contains(a.id())) return false;
                    }
                    return true;
                }).toList();
    }

    private static Set<String> documents(CorpusEvent e) {
        return e.sources().stream().map(EventSource::documentId).collect(Collectors.toSet());
    }

    @Test
    void oneMeetingToldByThreeOutletsIsOneEventWithThreeSources() {
        CorpusActor faisal = actorNamed("فيصل بن فرحان");
        CorpusActor shoukry = actorNamed("سامح شكري");
        List<CorpusEvent> meetings = events(EventKind.MEETING, faisal, shoukry);
        assertEquals(1, meetings.size(), meetings.toString());
        CorpusEvent m = meetings.get(0);
        assertEquals(Set.of("wire_riyadh_meeting", "cairo_daily_meeting", "levant_site_meeting"), documents(m));
        assertEquals(3, m.sourceCount());
        assertEquals(LocalDate.of(2023, 3, 12), m.date(), "التقى ... اليوم (12 مارس)، أمس الأحد، يوم الأحد");
        assertEquals("SA", m.place().country());
        assertEquals(Status.OCCURRED, m.status());
        for (EventSource s : m.sources()) {
            assertFalse(s.evidence().isEmpty());
            for (Span sp : s.evidence()) {
                assertEquals(texts.get(s.documentId()).substring(sp.start(), sp.end()), sp.text(), s.documentId());
            }
        }
        // the outlets come with their sources
        assertEquals(Set.of("wire", "cairo-daily", "levant-site"),
                m.sources().stream().map(EventSource::outlet).collect(Collectors.toSet()));
    }

    @Test
    void theSamePairMeetingAWeekLaterIsASecondEvent() {
        CorpusActor safadi = actorNamed("أيمن الصفدي");
        CorpusActor hussein = actorNamed("فؤاد حسين");
        List<CorpusEvent> meetings = events(EventKind.MEETING, safadi, hussein);
        assertEquals(2, meetings.size(), meetings.toString());
        assertEquals(Set.of(LocalDate.of(2023, 3, 5), LocalDate.of(2023, 3, 12)),
                meetings.stream().map(CorpusEvent::date).collect(Collectors.toSet()));
        meetings.forEach(m -> assertEquals(1, m.sourceCount()));
        ActorEdge edge = corpus.graph().stream()
                .filter(e -> Set.of(e.a(), e.b()).equals(Set.of(safadi.id(), hussein.id()))).findFirst().orElseThrow();
        assertEquals(2, edge.count());
        assertEquals(meetings.stream().map(CorpusEvent::id).collect(Collectors.toSet()), Set.copyOf(edge.events()));
    }

    @Test
    void nameVariantsAndTitlesAreOneActorAndNamesakesStayApart() {
        // إيفان كوفاليتشينكو (full name), كوفاليتشينكو (surname), كوفاليشينكو (another spelling, with a title)
        CorpusActor k = actorNamed("إيفان كوفاليتشينكو");
        assertEquals(k, actorNamed("كوفاليشينكو"));
        assertEquals(Set.of("names_one", "names_two"),
                k.sources().stream().map(ActorSource::documentId).collect(Collectors.toSet()));
        assertEquals("UA", k.country());
        assertTrue(k.roles().stream().anyMatch(r -> r.title().startsWith("نائب وزير الخارجية")), k.roles().toString());
        assertEquals(3, events(EventKind.STATEMENT, k).size(), "three different statements");
        // the Saudi foreign minister: a title-laden form in the agency story, plain in the others; one actor
        CorpusActor faisal = actorNamed("فيصل بن فرحان");
        assertEquals(3, faisal.sources().stream().map(ActorSource::documentId).distinct().count());
        assertNotNull(faisal.knowledgeBaseId());
        // أحمد العتيبي and خالد العتيبي share a family name and nothing else
        assertNotEquals(actorNamed("أحمد العتيبي").id(), actorNamed("خالد العتيبي").id());
    }

    @Test
    void aPlannedPostponedThenMadeVisitIsOneEventWithItsStatusHistory() {
        CorpusActor sudani = actorNamed("محمد شياع السوداني");
        List<CorpusEvent> visits = events(EventKind.VISIT, sudani);
        assertEquals(1, visits.size(), visits.toString());
        CorpusEvent v = visits.get(0);
        assertEquals(List.of(
                new StatusReport(Status.PLANNED, LocalDate.of(2023, 4, 2), "visit_planned"),
                new StatusReport(Status.CANCELLED, LocalDate.of(2023, 4, 5), "visit_postponed"),
                new StatusReport(Status.OCCURRED, LocalDate.of(2023, 4, 16), "visit_happened")), v.statusHistory());
        assertEquals(Status.OCCURRED, v.status(), "the latest report wins");
        assertEquals(LocalDate.of(2023, 4, 16), v.date(), "وصل ... اليوم الأحد, not the first planned Thursday");
        assertEquals("EG", v.place().country());
        assertEquals(List.of(v.id()), corpus.profile(sudani.id()).visits());
    }

    @Test
    void theTimelineIsOrderedAndFlagsTheUnresolved() {
        List<CorpusEvent> t = corpus.timeline();
        assertEquals(corpus.events().size(), t.size());
        boolean unresolvedSeen = false;
        LocalDate last = LocalDate.MIN;
        for (CorpusEvent e : t) {
            if (!e.resolved()) {
                unresolvedSeen = true;
                continue;
            }
            assertFalse(unresolvedSeen, "resolved events come first");
            assertFalse(e.date().isBefore(last));
            last = e.date();
        }
        // "قال ... إن" with no time: a statement is not placed on a day
        assertTrue(t.stream().anyMatch(e -> !e.resolved() && e.kind() == EventKind.STATEMENT));
    }

    /**
     * The streaming writer gives, byte for byte, what the databind mapper the corpus was first written with
     * gave (NON_EMPTY inclusion, record components in order, events with "resolved").
     */
    @Test
    void jsonIsWhatTheDatabindMapperWrote() throws IOException {
        JsonMapper m = JsonMapper.builder().changeDefaultPropertyInclusion(v -> com.fasterxml.jackson.annotation
                .JsonInclude.Value.construct(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY,
                        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)).build();
        tools.jackson.databind.node.ObjectNode root = m.createObjectNode();
        root.set("documents", m.valueToTree(corpus.documents()));
        root.set("actors", m.valueToTree(corpus.actors()));
        tools.jackson.databind.node.ArrayNode events = root.putArray("events");
        StringBuilder lines = new StringBuilder();
        corpus.documents().forEach(d -> lines.append("{\"document\":").append(m.writeValueAsString(d)).append("}\n"));
        corpus.actors().forEach(a -> lines.append("{\"actor\":").append(m.writeValueAsString(a)).append("}\n"));
        for (CorpusEvent e : corpus.timeline()) {
            tools.jackson.databind.node.ObjectNode o = m.valueToTree(e);
            o.put("resolved", e.resolved());
            events.add(o);
            lines.append("{\"event\":").append(m.writeValueAsString(o)).append("}\n");
        }
        root.set("graph", m.valueToTree(corpus.graph()));
        root.set("profiles", m.valueToTree(corpus.profiles()));
        corpus.graph().forEach(e -> lines.append("{\"edge\":").append(m.writeValueAsString(e)).append("}\n"));
        corpus.profiles().forEach(p -> lines.append("{\"profile\":").append(m.writeValueAsString(p)).append("}\n"));
        assertEquals(m.writeValueAsString(root), CorpusJson.toJson(corpus));
        assertEquals(lines.toString(), CorpusJson.toJsonLines(corpus));
    }

    /** Documents extracted elsewhere and linked here make the corpus that extracting and linking here makes. */
    @Test
    void linkingExtractionsEqualsBuilding() throws Exception {
        List<io.github.khabar.model.Extraction> extracted = new ArrayList<>();
        Map<String, String> outlets = new HashMap<>();
        for (Document d : docs) {
            extracted.add(KHABAR.extract(d));
            outlets.put(d.id(), d.outlet());
        }
        Corpus linked = Corpus.builder(KHABAR).link(extracted.stream(), outlets::get);
        assertEquals(CorpusJson.toJson(Corpus.builder(KHABAR).parallelism(1).build(docs.stream())),
                CorpusJson.toJson(linked));
        assertTrue(linked.events().stream().anyMatch(e -> e.sourceCount() >= 3));
    }

    @Test
    void aParallelRunEqualsASerialOne() throws IOException {
        List<Document> all = new ArrayList<>(docs);
        String[] seeds = {"000_609a4f19a1811546", "001_326bea3903292d52", "002_2ac46bbe3c7d16b3",
                "003_018bca4796b0a5f3", "004_f1091ec8fa528e9a"};
        for (String id : seeds) {
            try (InputStream in = CorpusTest.class.getResourceAsStream("/io/github/khabar/seeds/" + id + ".txt")) {
                all.add(Document.of(id, new String(in.readAllBytes(), StandardCharsets.UTF_8), LocalDate.of(2025, 2, 24)));
            }
        }
        String serial = CorpusJson.toJson(Corpus.builder(KHABAR).parallelism(1).build(all.stream()));
        String parallel = CorpusJson.toJson(Corpus.builder(KHABAR).parallelism(3).build(all.stream()));
        assertEquals(serial, parallel);
        assertTrue(serial.contains("\"E1\""));
    }

    @Test
    void aDocumentThatCannotBeReadIsKeptWithItsErrorAndTheRunGoesOn() {
        List<CorpusDocument> seen = new ArrayList<>();
        Document binary = Document.of("bin", "\u0000\u0001\u0002\u0003".repeat(200));
        Corpus c = Corpus.builder(KHABAR).parallelism(2).progress(seen::add)
                .build(List.of(binary, docs.get(0)).stream());
        assertEquals(List.of("bin", docs.get(0).id()), seen.stream().map(CorpusDocument::id).toList());
        assertFalse(c.documents().get(0).ok());
        assertTrue(c.documents().get(1).ok());
        assertFalse(c.events().isEmpty());
    }
}
