package io.github.khabar.pipeline;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

class ClauseProbe {
    @Test
    void probe() throws Exception {
        try (var s = Files.list(Path.of("/tmp/clause/probe"))) {
            for (Path p : s.sorted().toList()) {
                ClauseFixture f = ClauseFixture.of(Files.readString(p));
                System.err.println("== " + p.getFileName() + f.dump());
            }
        }
    }
}
