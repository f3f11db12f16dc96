/**
 * Events read by rule templates over entities and time expressions: organizer, host country, city,
 * start and end, edition and topics, each slot with the span it was read from. Templates and the
 * topic taxonomy are resource files (docs/events.md gives their format).
 */
package io.github.hadath.event;
