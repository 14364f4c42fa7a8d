package io.github.khabar.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes HTML elements. Tag and attribute names are this package's constants; every attribute value and
 * every text goes through {@link Html#escape}. The only unescaped output is {@link #trusted}, for the
 * report's own CSS and JavaScript, and {@link #jsonData}, which embeds JSON through {@link JsonScript}.
 */
final class HtmlWriter {
    private final Writer out;

    HtmlWriter(Writer out) {
        this.out = out;
    }

    /** An opening tag; {@code attrs} are name, value pairs (a null value leaves the attribute out). */
    HtmlWriter open(String tag, String... attrs) {
        write("<").write(tag);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] == null) continue;
            write(" ").write(attrs[i]).write("=\"").write(Html.escape(attrs[i + 1])).write("\"");
        }
        return write(">");
    }

    HtmlWriter close(String tag) {
        return write("</").write(tag).write(">");
    }

    /** An element holding only text. */
    HtmlWriter element(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    HtmlWriter text(String s) {
        return write(Html.escape(s));
    }

    /** The report's own stylesheet or script (never data): refused if it could end its element early. */
    HtmlWriter trusted(String tag, String code) {
        if (code.toLowerCase(java.util.Locale.ROOT).contains("</" + tag)) {
            throw new IllegalArgumentException("embedded " + tag + " contains </" + tag);
        }
        return open(tag).write(code).close(tag);
    }

    /** JSON data in an inert script element with this id, parsed by the page's script when needed. */
    HtmlWriter jsonData(String id, String json) {
        return open("script", "type", "application/json", "id", id).write(JsonScript.embed(json)).close("script");
    }

    HtmlWriter doctype() {
        return write("<!DOCTYPE html>\n");
    }

    HtmlWriter newline() {
        return write("\n");
    }

    private HtmlWriter write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
