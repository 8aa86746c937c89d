package org.spinerad.store;

import java.util.Objects;
import java.util.Set;

import org.spinerad.model.ReportStatus;

/**
 * One page of the worklist: reports in some states, optionally only those whose
 * accession number starts with a text, sorted, from an offset.
 *
 * @param statuses        the states to show; empty shows all
 * @param accessionPrefix shows only accession numbers starting with this; empty shows all
 * @param sort            the order
 * @param offset          rows to skip
 * @param limit           rows at most
 */
public record WorklistQuery(Set<ReportStatus> statuses, String accessionPrefix, Sort sort, int offset, int limit) {

	/** The order of the worklist. */
	public enum Sort {
		/** last change first */
		MODIFIED_DESC,
		/** oldest study first (reading order) */
		STUDY_ASC
	}

	public WorklistQuery {
		statuses = Set.copyOf(Objects.requireNonNullElse(statuses, Set.of()));
		accessionPrefix = Objects.requireNonNullElse(accessionPrefix, "").strip();
		sort = Objects.requireNonNullElse(sort, Sort.MODIFIED_DESC);
		if (offset < 0 || limit < 1) {
			throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
		}
	}
}
