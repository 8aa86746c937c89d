package org.spinerad.testsupport;

import java.util.List;

/** Checks on rendered text that template tests share. */
public final class RegionsCheck {

	private static final List<String> ORDER = List.of("Bone marrow:", "Discs:", "Epidural space:",
			"Cord, roots and meninges:", "Facet joints:", "Paraspinal soft tissues:");

	private RegionsCheck() {
	}

	/**
	 * @throws AssertionError when the region headings of a plain-text report are
	 *                        missing or not in anatomical order
	 */
	public static void inAnatomicalOrder(String text) {
		int last = -1;
		for (String heading : ORDER) {
			int at = text.indexOf("\n" + heading + "\n");
			if (at <= last) {
				throw new AssertionError("region '" + heading + "' missing or out of order in:\n" + text);
			}
			last = at;
		}
	}
}
