package org.spinerad.templates;

/** How much a decision-support conclusion matters. */
public enum ConclusionLevel {
	/** A fact derived from the findings (e.g. a score component). */
	INFO,
	/** A suggestion the radiologist may accept or override. */
	SUGGESTION,
	/** Something to check: an inconsistency, a caveat, a missing input. */
	WARNING,
	/** A critical result: needs non-routine communication. */
	CRITICAL
}
