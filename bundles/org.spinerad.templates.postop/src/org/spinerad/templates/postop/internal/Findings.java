package org.spinerad.templates.postop.internal;

import org.spinerad.templates.FindingFacts;

/** Small read-only questions about findings that the postoperative rules share. */
final class Findings extends FindingFacts {

	private Findings() {
	}
}
