package io.github.khabar.examples;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.model.Actor;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Statement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Prints who said what in one of the bundled seed articles (read from the seeds resource jar), with the
 * exact characters of the text each statement stands on.
 *
 * <pre>java -cp examples/target/khabar.jar io.github.khabar.examples.WhoSaidWhat</pre>
 */
public final class WhoSaidWhat {
    private static final String SEED = "/io/github/khabar/seeds/003_018bca4796b0a5f3.txt";

    private WhoSaidWhat() {}

    public static void main(String[] args) throws IOException, KhabarException {
        String text;
        try (InputStream in = WhoSaidWhat.class.getResourceAsStream(SEED)) {
            if (in == null) {
                System.err.println("seed resource missing: " + SEED);
                System.exit(2);
                return;
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Extraction x = Khabar.builder().build().extract(Document.of("003", text, LocalDate.of(2025, 7, 31)));
        for (Statement s : x.statements()) {
            Actor speaker = x.actor(s.speaker());
            System.out.println(speaker.name() + " [" + s.kind() + (s.via() != null ? ", via " + x.actor(s.via()).name() : "")
                    + "]: " + s.content());
            System.out.println("    at " + s.evidence().get(0).start() + ".." + s.evidence().get(0).end());
        }
    }
}
