package io.github.khabar;

import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.pipeline.Pipeline;
import io.github.khabar.pipeline.PipelineWork;
import io.github.khabar.text.time.HijriDate;

import java.util.Objects;

/**
 * Reads Arabic news and builds its typed model: actors, meetings, visits, statements, each with the
 * evidence (offsets into the original text) behind it.
 *
 * <pre>{@code
 * Khabar khabar = Khabar.builder().build();
 * Extraction x = khabar.extract(Document.of("id", text, LocalDate.of(2025, 2, 24)));
 * String json = KhabarJson.toJson(x);
 * }</pre>
 *
 * <p>Thread-safe and reusable: build one instance (loading the knowledge base once) and share it between
 * threads; every call to {@link #extract} works on its own state.
 */
public final class Khabar {
    /** Default largest document, in UTF-16 chars: far above any article, small enough to bound memory. */
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 2_000_000;

    private final KnowledgeBase knowledgeBase;
    private final int maxDocumentChars;
    private final HtmlPolicy htmlPolicy;
    private final Pipeline pipeline;

    private Khabar(Builder b) {
        this.knowledgeBase = b.knowledgeBase != null ? b.knowledgeBase : KnowledgeBase.defaults();
        this.maxDocumentChars = b.maxDocumentChars;
        this.htmlPolicy = b.htmlPolicy;
        this.pipeline = new Pipeline(knowledgeBase);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Everything found in one document. Never returns null; an empty or text-free document gives an empty
     * extraction. The text is screened first: binary data is refused, HTML is read with its markup blanked
     * out (or refused, see {@link Builder#htmlPolicy}), control characters and unpaired surrogates are read
     * as spaces and U+FFFD — always keeping offsets into the text passed here, and with a diagnostic.
     *
     * @throws LimitExceededException    when the text is longer than {@link Builder#maxDocumentChars}
     * @throws UnsupportedInputException when the text is binary data, or HTML under {@link HtmlPolicy#REJECT}
     * @throws KhabarException           when the pipeline fails on this document (the message names it)
     */
    public Extraction extract(Document document) throws KhabarException {
        return extract(document, PipelineWork.NONE);
    }

    /** As {@link #extract(Document)}, adding the steps the screen and the stages take to {@code work} (tests). */
    Extraction extract(Document document, PipelineWork work) throws KhabarException {
        Objects.requireNonNull(document, "document");
        if (document.text().length() > maxDocumentChars) {
            throw new LimitExceededException("document " + document.id() + " length (chars)", maxDocumentChars,
                    document.text().length());
        }
        InputScreen.Screened screened = InputScreen.screen(document.id(), document.text(), htmlPolicy, work);
        try {
            if (screened.text() == document.text() && screened.diagnostics().isEmpty()) {
                return pipeline.run(document, work);
            }
            Extraction x = pipeline.run(new Document(document.id(), screened.text(), document.published(),
                    document.outlet()), work);
            return InputScreen.restore(x, document.text(), screened.text(), screened.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            throw new KhabarException("could not read document " + document.id() + ": " + e, e);
        }
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    public int maxDocumentChars() {
        return maxDocumentChars;
    }

    public HtmlPolicy htmlPolicy() {
        return htmlPolicy;
    }

    /** Configures a {@link Khabar}; not thread-safe, the result is. */
    public static final class Builder {
        private KnowledgeBase knowledgeBase;
        private int maxDocumentChars = DEFAULT_MAX_DOCUMENT_CHARS;
        private HtmlPolicy htmlPolicy = HtmlPolicy.STRIP;

        private Builder() {}

        /** The knowledge base to use (default: {@link KnowledgeBase#defaults()}). */
        public Builder knowledgeBase(KnowledgeBase kb) {
            this.knowledgeBase = Objects.requireNonNull(kb, "knowledgeBase");
            return this;
        }

        /** The longest document accepted, in UTF-16 chars (default {@value Khabar#DEFAULT_MAX_DOCUMENT_CHARS}). */
        public Builder maxDocumentChars(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxDocumentChars must be positive: " + chars);
            }
            this.maxDocumentChars = chars;
            return this;
        }

        /** What to do with HTML input (default {@link HtmlPolicy#STRIP}: read it with the markup blanked out). */
        public Builder htmlPolicy(HtmlPolicy policy) {
            this.htmlPolicy = Objects.requireNonNull(policy, "htmlPolicy");
            return this;
        }

        /**
         * The configured {@link Khabar}.
         *
         * @throws IllegalStateException when the ICU4J on the class path is older than 55.1 (no Umm al-Qura
         *                               calendar); the message names the version found
         */
        public Khabar build() {
            HijriDate.requireCalendar();
            return new Khabar(this);
        }
    }
}
