package io.github.khabar.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * The result of {@link ArabicNormalizer#normalize(CharSequence)}: the original text, the normalised text and
 * an exact map between their UTF-16 offsets. Immutable and thread-safe.
 *
 * <p>Every rule maps one original code unit to zero or one normalised code unit, so each normalised
 * character has exactly one source character. A removed character (a diacritic, tatweel or format control) is
 * attributed to the kept character before it, which keeps a letter and its harakat together in evidence spans:
 * <ul>
 *   <li>{@link #toOriginal(int)} of {@code s} is the index of the source of {@code text().charAt(s)}, and
 *       {@code original().length()} for {@code s == text().length()};</li>
 *   <li>{@link #toOriginalEnd(int)} of {@code e} is the end of the source of {@code text()[e-1]} extended over
 *       the removed characters that follow it, i.e. the start of the next kept character's source;</li>
 *   <li>so for every {@code s <= e}, {@code original().substring(toOriginal(s), toOriginalEnd(e))} never throws
 *       and normalises to exactly {@code text().substring(s, e)};</li>
 *   <li>both maps are total and monotone non-decreasing; {@link #toNormalized(int)} is their left inverse
 *       ({@code toNormalized(toOriginal(s)) == s}).</li>
 * </ul>
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    /** Sorted original offsets of the removed characters; only the first {@link #removedCount} are used. */
    private final int[] removed;
    private final int removedCount;

    NormalizedText(String original, String text, int[] removed, int removedCount) {
        this.original = original;
        this.text = text;
        this.removed = removed;
        this.removedCount = removedCount;
    }

    /** The text as the caller passed it. */
    public String original() {
        return original;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /**
     * Maps a start offset in {@link #text()} to the original.
     *
     * @param normalizedIndex 0..{@code text().length()}
     * @throws IndexOutOfBoundsException outside that range
     */
    public int toOriginal(int normalizedIndex) {
        Objects.checkIndex(normalizedIndex, text.length() + 1);
        if (normalizedIndex == text.length()) {
            return original.length();
        }
        // The j-th removal has (removed[j] - j) kept characters before it, a non-decreasing sequence: count the
        // removals that precede the source of text[normalizedIndex].
        int low = 0;
        int high = removedCount;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (removed[mid] - mid <= normalizedIndex) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return normalizedIndex + low;
    }

    /**
     * Maps an exclusive end offset in {@link #text()} to the original; removed characters right after the last
     * kept one (its harakat, a tatweel, a trailing mark) are included.
     *
     * @param normalizedEnd 0..{@code text().length()}
     * @throws IndexOutOfBoundsException outside that range
     */
    public int toOriginalEnd(int normalizedEnd) {
        // With one-to-at-most-one rules the end of text[e-1]'s source, extended over the removed characters
        // after it, is exactly where text[e]'s source starts.
        return toOriginal(normalizedEnd);
    }

    /**
     * Maps an offset in the original to the normalised text: the index of the first normalised character whose
     * source is at or after {@code originalIndex}.
     *
     * @param originalIndex 0..{@code original().length()}
     * @throws IndexOutOfBoundsException outside that range
     */
    public int toNormalized(int originalIndex) {
        Objects.checkIndex(originalIndex, original.length() + 1);
        int found = Arrays.binarySearch(removed, 0, removedCount, originalIndex);
        int removedBefore = found >= 0 ? found : -found - 1;
        return originalIndex - removedBefore;
    }

    @Override
    public String toString() {
        return text;
    }
}
