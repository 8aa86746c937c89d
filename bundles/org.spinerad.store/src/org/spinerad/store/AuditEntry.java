package org.spinerad.store;

import java.time.Instant;

/**
 * One line of the audit trail: who did what to which report, when and from
 * which workstation. Holds no patient data.
 *
 * @param at       when
 * @param reportId the report
 * @param action   e.g. opened, saved, signed, amended, exported, claimed, released, took over, deleted
 * @param actor    who, and from where
 * @param detail   e.g. the version saved or the reason of a takeover
 */
public record AuditEntry(Instant at, String reportId, String action, Actor actor, String detail) {
}
