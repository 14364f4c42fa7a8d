package io.github.khabar.hosts.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarJson;
import io.github.khabar.hosts.SeedCheck;
import io.github.khabar.model.Extraction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An application on an older Jackson 3 than Khabar's: Khabar runs on the host's jackson-core. */
class Jackson3HostTest {
    @Test
    void khabarRunsOnTheHostsJacksonCore() throws Exception {
        String expected = System.getProperty("jackson3.version");
        assertEquals(expected, tools.jackson.core.json.PackageVersion.VERSION.toString(),
                "Maven gave the host's jackson-core, not Khabar's");
        JsonMapper mapper = JsonMapper.builder().build();
        assertEquals(expected, mapper.version().toString());

        Extraction x = SeedCheck.extractAndCheck(Khabar.builder().build());

        JsonNode tree = mapper.readTree(KhabarJson.toPrettyJson(x));
        assertEquals(2, tree.get("meetings").size());
        assertEquals("PHONE", tree.get("meetings").get(0).get("mode").asString());
    }
}
