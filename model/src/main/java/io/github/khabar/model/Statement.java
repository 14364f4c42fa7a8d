package io.github.khabar.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Who said what: the speaker (an actor id), the content without quote marks, whether it is quoted or
 * reported, the cue word ("قال", "أكد"), the outlet or channel it reached us through ({@code via}, an
 * actor id), and when it was said.
 */
public record Statement(String speaker, String content, StatementKind kind, String cue, String via,
                        TimeExpression time, EventCodes codes, List<Span> evidence) {
    public Statement {
        Checks.notBlank(speaker, "speaker");
        Checks.notBlank(content, "content");
        Checks.notNull(kind, "kind");
        cue = Checks.optional(cue);
        via = Checks.optional(via);
        Checks.notNull(codes, "codes");
        evidence = Checks.nonEmpty(evidence, "evidence");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Statement}; not thread-safe, the result is immutable. */
    public static final class Builder {
        private String speaker;
        private String content;
        private StatementKind kind = StatementKind.REPORTED;
        private String cue;
        private String via;
        private TimeExpression time;
        private EventCodes codes = EventCodes.of("010", "STATEMENT");
        private final List<Span> evidence = new ArrayList<>();

        private Builder() {}

        public Builder speaker(String actorId) { speaker = actorId; return this; }
        public Builder content(String value) { content = value; return this; }
        public Builder kind(StatementKind value) { kind = value; return this; }
        public Builder cue(String value) { cue = value; return this; }
        public Builder via(String actorId) { via = actorId; return this; }
        public Builder time(TimeExpression value) { time = value; return this; }
        public Builder codes(EventCodes value) { codes = value; return this; }
        public Builder evidence(Span value) { evidence.add(value); return this; }
        public Builder evidence(List<Span> values) { evidence.addAll(values); return this; }

        public Statement build() {
            return new Statement(speaker, content, kind, cue, via, time, codes, evidence);
        }
    }
}
