package org.spinerad.templates;

/**
 * Why a conclusion was drawn: one finding (by its id, may be null) and what
 * about it counted.
 *
 * @param findingId id of the finding, or null for report-level facts
 * @param text      the fact, e.g. "endplate eroded at L3-L4"
 */
public record Reason(String findingId, String text) {
}
