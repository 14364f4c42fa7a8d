package io.github.khabar.model;

/**
 * Interoperability codes: the CAMEO code (GDELT, ICEWS: 040 consult, 041 discuss by telephone, 042 make a
 * visit, 043 host a visit, 044 meet at a third location, 010 make statement) and the PLOVER event type.
 */
public record EventCodes(String cameo, String plover) {
    public EventCodes {
        Checks.notBlank(cameo, "cameo");
        Checks.notBlank(plover, "plover");
    }

    public static EventCodes of(String cameo, String plover) {
        return new EventCodes(cameo, plover);
    }
}
