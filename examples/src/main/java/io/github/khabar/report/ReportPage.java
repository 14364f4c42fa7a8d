package io.github.khabar.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Function;

/**
 * The page: a static shell (header, search box, the four sections, the network drawing), the data as JSON
 * in an inert script element, each article's text in its own inert script element (parsed only when the
 * article is opened), and the page's script. A Content-Security-Policy allows no network access and no
 * script but the page's own (by its hash), so even text that escaped its escaping could not run.
 */
final class ReportPage {
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    private ReportPage() {}

    static void write(HtmlWriter w, ReportModel m, Function<String, String> texts, String title) {
        w.doctype();
        w.open("html", "lang", "en", "dir", "ltr").newline();
        w.open("head").open("meta", "charset", "utf-8").newline();
        w.open("meta", "http-equiv", "Content-Security-Policy", "content", "default-src 'none'; img-src data:; "
                + "style-src 'unsafe-inline'; script-src '" + sha256(JS) + "'; base-uri 'none'; form-action 'none'");
        w.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        w.element("title", title).newline();
        w.trusted("style", CSS).newline().close("head").newline();
        w.open("body").newline();
        w.open("header").element("h1", title);
        w.element("p", m.documents.size() + " articles · " + m.actors.size() + " actors · " + m.events.size()
                + " events", "class", "summary", "id", "summary");
        w.open("input", "type", "search", "id", "q", "placeholder", "Search names, places, words… / بحث",
                "aria-label", "Search", "autocomplete", "off", "dir", "auto");
        w.open("nav").element("a", "Timeline", "href", "#timeline").element("a", "Network", "href", "#network")
                .element("a", "Events", "href", "#events").element("a", "Articles", "href", "#articles").close("nav");
        w.element("p", "", "id", "filter-note", "class", "note").close("header").newline();
        w.open("main");
        section(w, "timeline", "Timeline", "Events by the day they happened (undated ones last).");
        w.open("ol", "id", "timeline-list").close("ol").open("p").close("p").close("section").newline();
        section(w, "network", "Who met whom", "Actors with the most meetings; click one to filter by it.");
        NetworkSvg.write(w, m);
        w.close("section").newline();
        section(w, "events", "Events", "Each event once, however many articles report it: status history and every"
                + " source's words.");
        w.open("div", "id", "event-list").close("div").close("section").newline();
        section(w, "articles", "Articles", "Open an article to read it with its actors and events marked.");
        legend(w);
        w.open("div", "id", "article-list").close("div").close("section").newline();
        w.close("main").newline();
        w.open("noscript").element("p", "The timeline, events and articles need JavaScript.").close("noscript");
        w.jsonData("data", ReportData.json(m)).newline();
        for (int i = 0; i < m.documents.size(); i++) {
            String text = texts.apply(m.documents.get(i).id());
            if (text != null) w.jsonData("t" + i, ReportData.text(text)).newline();
        }
        w.trusted("script", JS).newline();
        w.close("body").newline().close("html").newline();
    }

    private static void section(HtmlWriter w, String id, String heading, String note) {
        w.open("section", "id", id).element("h2", heading).element("p", note, "class", "note");
    }

    private static void legend(HtmlWriter w) {
        w.open("p", "class", "legend");
        for (ReportModel.Mark k : ReportModel.Mark.values()) {
            String name = k.name().toLowerCase(java.util.Locale.ROOT);
            w.element("span", name, "class", "hl hl-" + name);
        }
        w.close("p");
    }

    private static String sha256(String code) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
