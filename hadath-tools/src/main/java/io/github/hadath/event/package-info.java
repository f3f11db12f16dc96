/**
 * The scorer of {@code evaluate-events}, beside the library's classes of the same package: {@link
 * io.github.hadath.event.EventScorer} pairs extracted events with gold events and counts each
 * field.
 */
package io.github.hadath.event;
