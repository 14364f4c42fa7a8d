/**
 * Arabic time expressions of every regional style (Egyptian/Gulf, Levantine/Iraqi, Maghrebi, Hijri),
 * relative and absolute, resolved to ISO-8601 / TIMEX3 values against a reference date.
 */
package io.github.khabar.text.time;
