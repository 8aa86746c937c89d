package org.spinerad.dictation;

import org.spinerad.model.RegionKind;

/**
 * One field a dictated phrase set, in words a user reads back.
 *
 * @param region the region of the finding; null for a field of the clinical header
 * @param level  the level or range of the finding as shown ({@code L3-L4},
 *               {@code L3 to L5}), empty when the finding has none
 * @param field  the form field ({@code classification}, {@code enhancement.rimQuality}),
 *               {@code normal} for a region stated normal, or a field of the clinical
 *               header ({@code clinical.pain}, {@code clinical.knownPrimaryCancer})
 * @param value  the value as stored: an enum literal, a number, {@code true}/{@code false}, a text
 */
public record Edit(RegionKind region, String level, String field, String value) {

	@Override
	public String toString() {
		return (region == null ? "" : region.getLiteral() + (level.isEmpty() ? "" : " " + level) + " ") + field + " = "
				+ value;
	}
}
