/** What every host of the matrix asserts after extracting a seed (no test framework: plain AssertionErrors). */
module io.github.khabar.hosts.check {
    requires io.github.khabar.core;

    exports io.github.khabar.hosts;
}
