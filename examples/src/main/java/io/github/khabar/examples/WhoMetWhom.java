package io.github.khabar.examples;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.model.Actor;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Prints who met whom in one Arabic news text, as a user of the library would write it.
 *
 * <pre>java -cp examples/target/khabar.jar io.github.khabar.examples.WhoMetWhom FILE [YYYY-MM-DD]</pre>
 */
public final class WhoMetWhom {
    private WhoMetWhom() {}

    public static void main(String[] args) throws IOException, KhabarException {
        if (args.length < 1) {
            System.err.println("usage: WhoMetWhom FILE [PUBLISHED YYYY-MM-DD]");
            System.exit(2);
        }
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        LocalDate published = args.length > 1 ? LocalDate.parse(args[1]) : null;

        Khabar khabar = Khabar.builder().build();            // load once, share between threads
        Extraction x = khabar.extract(Document.of(Path.of(args[0]).getFileName().toString(), text, published));

        for (Meeting m : x.meetings()) {
            String who = m.participants().stream().map(id -> name(x, id)).collect(Collectors.joining(" + "));
            String where = m.place() != null ? " in " + m.place().name() : "";
            String when = m.time() != null ? " on " + m.time().value() : "";
            System.out.println(who + where + when + " (" + m.mode() + ", " + m.status() + ")");
            System.out.println("    evidence: " + m.evidence().get(0).text());
        }
    }

    private static String name(Extraction x, String id) {
        Actor a = x.actor(id);
        return a == null ? id : a.nameLatin() != null ? a.name() + " / " + a.nameLatin() : a.name();
    }
}
