package io.github.khabar.hosts.jpms;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.KhabarJson;
import io.github.khabar.hosts.SeedCheck;
import io.github.khabar.model.Extraction;

/** The application's code: extract the seed, check it, and give its JSON. */
public final class ModularApp {
    private ModularApp() {}

    /** The seed's extraction as one line of JSON, after {@link SeedCheck} found what the text says. */
    public static String run() throws KhabarException {
        Extraction x = SeedCheck.extractAndCheck(Khabar.builder().build());
        return KhabarJson.toJson(x);
    }
}
