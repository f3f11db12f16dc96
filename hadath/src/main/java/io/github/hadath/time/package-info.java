/**
 * Time expressions resolved to TIMEX3 values: every regional month series, Hijri dates (Umm
 * al-Qura, through {@code java.time.chrono.HijrahDate}), written-out numbers, ranges, relative dates
 * and unknown years ({@code XXXX}), anchored on a publication date or a dateline.
 */
package io.github.hadath.time;
