package io.github.khabar.report;

import io.github.khabar.cli.KhabarCli;
import io.github.khabar.corpus.ActorSource;
import io.github.khabar.corpus.CorpusActor;
import io.github.khabar.corpus.CorpusDocument;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report opened in a real browser (headless chromium; skipped when /usr/bin/chromium is absent, CI
 * installs it): over the seeds and a hostile article through {@code khabar report}, and over a corpus
 * whose every string is hostile. Checks the DOM after the page's script ran.
 */
class ReportBrowserTest {
    private static final String[] SEEDS = {"000_609a4f19a1811546", "001_326bea3903292d52", "002_2ac46bbe3c7d16b3",
            "003_018bca4796b0a5f3", "004_f1091ec8fa528e9a"};

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Chromium.available(), "no " + Chromium.BINARY);
    }

    private static Path seedsAndHostile() throws IOException {
        Path d = Files.createDirectories(dir.resolve("texts"));
        for (String id : SEEDS) {
            try (InputStream in = ReportBrowserTest.class.getResourceAsStream("/io/github/khabar/seeds/" + id + ".txt")) {
                Files.write(d.resolve(id + ".txt"), in.readAllBytes());
            }
        }
        try (InputStream in = ReportBrowserTest.class.getResourceAsStream("/io/github/khabar/seeds/metadata.json")) {
            Files.write(d.resolve("metadata.json"), in.readAllBytes());
        }
        Files.writeString(d.resolve("zz_hostile.txt"), Hostile.TEXT, StandardCharsets.UTF_8);
        return d;
    }

    @Test
    void seedsReportShowsTimelineNetworkAndEveryArticlesHighlights() throws Exception {
        Path html = dir.resolve("seeds.html");
        assertEquals(0, KhabarCli.run("report", seedsAndHostile().toString(), "-o", html.toString()));
        String dom = Chromium.dumpDom(html, null, null, dir);
        assertTrue(dom.contains("data-ready=\""), "the page's script ran to its end");
        assertTrue(dom.contains("<title>Khabar report</title>"), "title untouched");
        assertFalse(dom.contains("data-pwned=\""), "no injected script ran");
        assertTrue(Pattern.compile("<li class=\"tl-day\"><h3>\\d{4}-\\d{2}-\\d{2}</h3>").matcher(dom).find(), "a dated day");
        assertTrue(dom.contains("<a href=\"#e-0\" data-ev=\"0\">"), "the timeline links its events");
        assertTrue(dom.contains("<svg id=\"network-svg\""), "the network is drawn");
        assertTrue(count(dom, "<g class=\"node ") >= 3, "the network has nodes");
        assertTrue(count(dom, "<line ") >= 2, "the network has edges");
        assertTrue(count(dom, "<article class=\"card\" id=\"e-") >= 10, "event cards");
        assertTrue(dom.contains("<ol class=\"history\">"), "status history");
        for (int i = 0; i < SEEDS.length; i++) {
            String article = article(dom, i);
            assertTrue(article.contains(SEEDS[i]), "article " + i + " is " + SEEDS[i]);
            assertTrue(article.contains("<div class=\"body\" lang=\"ar\" dir=\"rtl\">"), SEEDS[i] + " rendered right to left");
            assertTrue(article.contains("class=\"hl hl-actor"), SEEDS[i] + " actor highlights");
            assertTrue(Pattern.compile("class=\"hl[^\"]* hl-(meeting|visit|statement)").matcher(article).find(),
                    SEEDS[i] + " event highlights");
            assertTrue(Pattern.compile("<span class=\"hl[^\"]*\" data-at=\"\\d+\" data-ev=\"\\d+\"").matcher(article).find(),
                    SEEDS[i] + " highlights link to their events");
        }
        String hostile = article(dom, SEEDS.length);
        assertTrue(hostile.contains("zz_hostile"));
        assertTrue(hostile.contains("&lt;script&gt;document.title='PWNED'"), "hostile markup shown as text");
        assertTrue(hostile.contains("&lt;/textarea&gt;&lt;/script&gt;"), "breakout shown as text");
        assertTrue(hostile.contains("<span class=\"ctl\">[U+202E]</span>"), "override shown, not obeyed");
        assertTrue(hostile.contains("\"".repeat(10_000)), "the quote marks are all there, as text");
        Chromium.dumpDom(html, null, Path.of("target/report.png"), dir);
        assertTrue(Files.size(Path.of("target/report.png")) > 10_000, "screenshot written");
    }

    @Test
    void aCorpusOfHostileNamesQuotesAndTitlesRendersAsText() throws Exception {
        Path html = Path.of("target/report-hostile.html");
        Files.writeString(html, Hostile.page(), StandardCharsets.UTF_8);
        String dom = Chromium.dumpDom(html, null, null, dir);
        assertTrue(dom.contains("data-ready=\""), "the page's script ran to its end");
        assertFalse(dom.contains("data-pwned=\""), "no injected script ran");
        Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(dom);
        assertTrue(title.find());
        assertTrue(title.group(1).startsWith("Report &lt;script&gt;document.title='PWNED'"), title.group(1));
        assertFalse(dom.contains("<img"), "no injected image");
        assertFalse(dom.contains("<a id=\"evil\""), "no injected link");
        assertTrue(dom.contains("<article class=\"card\" id=\"e-0\">"), "the event card");
        assertTrue(dom.contains("&lt;img src=x onerror=\"document.title='PWNED'"), "names shown as text");
        assertTrue(dom.contains("<span class=\"ctl\">[U+202E]</span>"), "overrides in names shown as code points");
        assertTrue(dom.contains("<span class=\"status PLANNED\">planned</span>"), "status history");
        String article = article(dom, 0);
        assertTrue(article.contains("data-ev=\"0\""), "the evidence is highlighted");
        assertTrue(article.contains("class=\"hl hl-actor hl-meeting ev\""), "a mention inside the evidence");
    }

    @Test
    void aLargeCorpusDrawsOnlyTheArticleThatIsOpened() throws Exception {
        List<CorpusDocument> docs = new ArrayList<>();
        List<CorpusActor> actors = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        String text = "قال الوزير إن المحادثات كانت مثمرة.";
        for (int i = 0; i < 20; i++) {
            String id = "doc" + i;
            docs.add(new CorpusDocument(id, null, null, text.length(), 0, 0, 0, List.of(), null));
            texts.put(id, text);
            actors.add(new CorpusActor("A" + i, ActorType.PERSON, "الوزير " + i, null, null, null, List.of(), List.of(),
                    List.of(new ActorSource(id, "a1", "الوزير", List.of(Span.of(text, 4, 10))))));
        }
        Path html = dir.resolve("large.html");
        try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            Report.write(docs, actors, List.of(), List.of(), texts::get, "Large", w);
        }
        String dom = Chromium.dumpDom(html, "#d-17", null, dir);
        assertTrue(dom.contains("data-ready=\""), "the page's script ran to its end");
        assertEquals(20, count(dom, "<details class=\"doc\""), "every article listed");
        assertEquals(1, count(dom, "<div class=\"body\""), "only the opened article is drawn");
        assertTrue(article(dom, 17).contains("<span class=\"hl hl-actor\" data-at=\"4\" data-actor=\"17\""),
                article(dom, 17));
        assertTrue(dom.contains("No two named actors met"), "no meetings, no network");
    }

    private static String article(String dom, int i) {
        int start = dom.indexOf("<details class=\"doc\" id=\"d-" + i + "\"");
        assertTrue(start >= 0, "article " + i + " listed");
        int end = dom.indexOf("</details>", start);
        return dom.substring(start, end);
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
