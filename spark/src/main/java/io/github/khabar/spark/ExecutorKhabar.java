package io.github.khabar.spark;

import io.github.khabar.Khabar;

/**
 * One {@link Khabar} per executor JVM, built on first use and shared by that JVM's tasks ({@code Khabar} is
 * thread-safe). The knowledge base is loaded once per executor, not once per partition or per document.
 */
final class ExecutorKhabar {
    private ExecutorKhabar() {}

    private static final class Holder {
        static final Khabar KHABAR = Khabar.builder().build();
    }

    static Khabar get() {
        return Holder.KHABAR;
    }
}
