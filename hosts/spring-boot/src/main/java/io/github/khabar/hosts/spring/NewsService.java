package io.github.khabar.hosts.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.KhabarJson;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import org.springframework.stereotype.Service;

/** The application's own code: Khabar for the Arabic text, Boot's Jackson 2 mapper for the app's JSON. */
@Service
public class NewsService {
    private final Khabar khabar;
    private final ObjectMapper mapper;

    public NewsService(Khabar khabar, ObjectMapper mapper) {
        this.khabar = khabar;
        this.mapper = mapper;
    }

    public Extraction read(Document document) throws KhabarException {
        return khabar.extract(document);
    }

    /** The extraction as the app's own JSON tree (Jackson 2), e.g. to embed in a response. */
    public JsonNode asTree(Extraction extraction) throws Exception {
        return mapper.readTree(KhabarJson.toJson(extraction));
    }
}
