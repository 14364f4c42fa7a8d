package io.github.khabar.report;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page over a corpus whose every string is hostile: all of it stays text (the browser test runs it). */
class ReportPageTest {
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

    @Test
    void theOnlyScriptsAreTheDataBlocksAndThePagesOwn() {
        String html = Hostile.page();
        Matcher m = SCRIPT.matcher(html);
        List<String> attrs = new ArrayList<>();
        while (m.find()) attrs.add(m.group(1));
        assertEquals(List.of(" type=\"application/json\" id=\"data\"", " type=\"application/json\" id=\"t0\"", ""),
                attrs, "one data block, one article text, the page's script");
        int tags = html.split("<script", -1).length - 1;
        assertEquals(3, tags, "no other <script anywhere");
    }

    @Test
    void hostileMarkupNeverAppearsAsMarkup() {
        String html = Hostile.page();
        String outsideScripts = SCRIPT.matcher(html).replaceAll("");
        for (String bad : List.of("<img", "<a id=\"evil\"", "</textarea", "</title><script", "onerror=\"")) {
            assertFalse(html.contains(bad), bad);
        }
        assertFalse(outsideScripts.contains("\u202E") || outsideScripts.contains("\u2066"),
                "bidi controls are shown as code points outside the data");
        assertTrue(outsideScripts.contains("[U+202E]"), "the network label shows the override it holds");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("#"), "only in-page links: " + href.group(1));
        }
        assertTrue(html.contains("<title>Report &lt;script&gt;document.title=&#39;PWNED&#39;;"), "title is text");
    }

    @Test
    void theDataBlocksParseBackToTheOriginalStrings() {
        String html = Hostile.page();
        Matcher m = SCRIPT.matcher(html);
        JsonMapper mapper = JsonMapper.builder().build();
        assertTrue(m.find());
        JsonNode data = mapper.readTree(m.group(2));
        assertEquals(Hostile.SCRIPT, data.path("actors").path(0).path("n").asString());
        assertEquals(Hostile.QUOTES + Hostile.SCRIPT, data.path("events").path(0).path("tp").asString());
        assertTrue(m.find());
        assertEquals(Hostile.TEXT, mapper.readValue(m.group(2), String.class));
    }

    @Test
    void highlightsLocateTheEvidenceInTheText() {
        String html = Hostile.page();
        Matcher m = SCRIPT.matcher(html);
        assertTrue(m.find());
        JsonNode h = JsonMapper.builder().build().readTree(m.group(2)).path("docs").path(0).path("h");
        // start, end, mark (0 actor, 1 meeting), ref — sorted by start, longer first
        int meetingEnd = Hostile.TEXT.indexOf('\n');
        int script = Hostile.TEXT.indexOf(Hostile.SCRIPT);
        int img = Hostile.TEXT.indexOf(Hostile.IMG);
        List<Integer> expected = List.of(0, meetingEnd, 1, 0, script, script + Hostile.SCRIPT.length(), 0, 0,
                img, img + Hostile.IMG.length(), 0, 1);
        List<Integer> got = new ArrayList<>();
        h.forEach(n -> got.add(n.asInt()));
        assertEquals(expected, got);
    }
}
