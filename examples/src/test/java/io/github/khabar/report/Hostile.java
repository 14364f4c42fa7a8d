package io.github.khabar.report;

import io.github.khabar.corpus.ActorEdge;
import io.github.khabar.corpus.ActorSource;
import io.github.khabar.corpus.CorpusActor;
import io.github.khabar.corpus.CorpusDocument;
import io.github.khabar.corpus.CorpusEvent;
import io.github.khabar.corpus.CorpusRole;
import io.github.khabar.corpus.EventKind;
import io.github.khabar.corpus.EventSource;
import io.github.khabar.corpus.StatusReport;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.EventCodes;
import io.github.khabar.model.Mode;
import io.github.khabar.model.Place;
import io.github.khabar.model.Span;
import io.github.khabar.model.Status;
import io.github.khabar.model.TimeExpression;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made corpus whose every string is hostile: markup that would run a script or set a marker
 * if it were ever parsed as HTML, a {@code javascript:} link, bidi overrides, and 10,000 quote marks. An
 * injected script would set {@code document.title} to {@link #PWNED} or the attribute {@code data-pwned}.
 */
final class Hostile {
    static final String PWNED = "PWNED";
    static final String SCRIPT = "<script>document.title='PWNED';document.documentElement.setAttribute('data-pwned','1')</script>";
    static final String IMG = "<img src=x onerror=\"document.title='PWNED';document.documentElement.setAttribute('data-pwned','2')\">";
    static final String LINK = "<a id=\"evil\" href=\"javascript:document.title='PWNED'\">اضغط هنا</a>";
    static final String BREAKOUT = "</textarea></script></style></title><script>document.title='PWNED'</script>";
    static final String BIDI = "\u202Eاللقاء\u202C \u2066x\u2069";
    static final String QUOTES = "\"".repeat(10_000);

    /** The text of the hostile article: Arabic with every hostile string in it. */
    static final String TEXT = "التقى وزير الخارجية " + SCRIPT + " بنظيره " + IMG + " في عمّان.\n"
            + LINK + "\n" + BREAKOUT + "\n" + BIDI + "\nوقال الوزير: " + QUOTES + "\n";

    private Hostile() {}

    static Span span(String text, String part) {
        int s = text.indexOf(part);
        return Span.of(text, s, s + part.length());
    }

    /** The page over the hostile corpus: one document, two actors named with markup, one meeting. */
    static String page() {
        String id = "doc<script>x</script>";
        CorpusDocument doc = new CorpusDocument(id, "outlet" + IMG, LocalDate.of(2025, 2, 24), TEXT.length(),
                1, 0, 0, List.of(), null);
        CorpusActor a = new CorpusActor("A1", ActorType.PERSON, SCRIPT, LINK, null, "JO", List.of(BIDI),
                List.of(new CorpusRole(BREAKOUT, "JO", null, null, List.of(id))),
                List.of(new ActorSource(id, "a1", SCRIPT, List.of(span(TEXT, SCRIPT)))));
        CorpusActor b = new CorpusActor("A2", ActorType.PERSON, IMG + BIDI, null, null, null, List.of(QUOTES),
                List.of(), List.of(new ActorSource(id, "a2", IMG, List.of(span(TEXT, IMG)))));
        Span evidence = span(TEXT, TEXT.substring(0, TEXT.indexOf('\n')));
        CorpusEvent e = new CorpusEvent("E1", EventKind.MEETING, List.of("A1", "A2"), Place.of(BREAKOUT + BIDI, "JO"),
                null, TimeExpression.of(LINK, "2025-02-24"), LocalDate.of(2025, 2, 24), Mode.IN_PERSON,
                Status.OCCURRED, List.of(new StatusReport(Status.PLANNED, null, id),
                        new StatusReport(Status.OCCURRED, LocalDate.of(2025, 2, 24), id)),
                EventCodes.of("040", "CONSULT"), QUOTES + SCRIPT,
                List.of(new EventSource(id, "outlet", null, Status.OCCURRED, null, EventCodes.of("040", "CONSULT"),
                        List.of(evidence))));
        StringWriter out = new StringWriter();
        Report.write(List.of(doc), List.of(a, b), List.of(e), List.of(new ActorEdge("A1", "A2", 1, List.of("E1"))),
                Map.of(id, TEXT)::get, "Report " + SCRIPT + BIDI, out);
        return out.toString();
    }
}
