/** A modular application that reads Arabic news with Khabar. */
module io.github.khabar.hosts.jpms {
    requires io.github.khabar.core;
    requires io.github.khabar.hosts.check;

    exports io.github.khabar.hosts.jpms;
}
