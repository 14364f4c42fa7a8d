package io.github.khabar.hosts.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.khabar.Khabar;
import io.github.khabar.KhabarJson;
import io.github.khabar.hosts.SeedCheck;
import io.github.khabar.model.Extraction;
import org.junit.jupiter.api.Test;

/** An application that uses Jackson 2 for its own JSON and Khabar for Arabic news, in one class path. */
class Jackson2HostTest {
    @Test
    void khabarRunsBesideTheHostsJackson2() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(System.getProperty("jackson2.version"), mapper.version().toString(),
                "the host's own Jackson 2 is the one on the class path");
        ObjectNode own = mapper.createObjectNode().put("app", "host");
        assertEquals("{\"app\":\"host\"}", mapper.writeValueAsString(own));

        Extraction x = SeedCheck.extractAndCheck(Khabar.builder().build());

        JsonNode tree = mapper.readTree(KhabarJson.toJson(x));
        assertEquals(2, tree.get("meetings").size());
        assertEquals(SeedCheck.SEED, tree.get("document").get("id").asText());
    }
}
