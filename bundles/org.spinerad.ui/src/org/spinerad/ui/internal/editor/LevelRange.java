package org.spinerad.ui.internal.editor;

import org.spinerad.model.Located;
import org.spinerad.model.levels.SpineLevel;

/**
 * A range of levels as the radiologist types it: {@code C2 to L1},
 * {@code C2–L1}, {@code T1-T12} (two vertebrae that are not neighbours: a
 * range, not a disc), a disc {@code L4-L5} or a single level {@code L3}. Each
 * level is read as everywhere else ({@link SpineLevel#valueOf(String)}).
 *
 * @param from the first level, null for empty input
 * @param to   the last level, null for a single level
 */
record LevelRange(SpineLevel from, SpineLevel to) {

	private static final String EXAMPLE = "; write e.g. C2 to L1, T1-T12 or L3";

	/**
	 * @throws IllegalArgumentException saying which part is wrong and how to write it
	 */
	static LevelRange parse(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return new LevelRange(null, null);
		}
		String[] parts = t.split("(?i)\\s+to\\s+|\\s*[\u2013\u2014]\\s*|\\s*\\.\\.\\s*");
		if (parts.length == 1) {
			try {
				return new LevelRange(SpineLevel.valueOf(t), null);
			} catch (IllegalArgumentException notOneLevel) {
				parts = t.split("\\s*-\\s*"); // two vertebrae that share no disc: a range
				if (parts.length != 2 || !vertebra(parts[0]) || !vertebra(parts[1])) {
					throw new IllegalArgumentException(notOneLevel.getMessage());
				}
			}
		}
		if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
			throw new IllegalArgumentException("'" + t + "' is not a range of levels" + EXAMPLE);
		}
		SpineLevel from = level(parts[0], t);
		SpineLevel to = level(parts[1], t);
		if (to.isAbove(from)) {
			throw new IllegalArgumentException("'" + t + "' runs upwards: write the upper level first, e.g. " + to + " to "
					+ from);
		}
		return new LevelRange(from, to.equals(from) ? null : to);
	}

	private static boolean vertebra(String text) {
		try {
			return !SpineLevel.valueOf(text).isDisc();
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static SpineLevel level(String part, String whole) {
		try {
			return SpineLevel.valueOf(part.strip());
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("In '" + whole + "', '" + part.strip() + "' is not a spine level"
					+ EXAMPLE + " (vertebrae C1..C7, T1..T12, L1..L5, S1..S5, Co)");
		}
	}

	/** @return the range of a located object as typed and printed: "C2 to L1", "L3" or "" */
	static String format(Located located) {
		String levels = org.spinerad.model.edit.Formats.levels(located);
		return levels == null ? "" : levels;
	}

	/** @return whether the text reads as the range a located object holds */
	static boolean means(String text, Located located) {
		try {
			LevelRange range = parse(text);
			SpineLevel to = located.getTo() == null || located.getTo().equals(located.getFrom()) ? null : located.getTo();
			return java.util.Objects.equals(range.from(), located.getFrom()) && java.util.Objects.equals(range.to(), to);
		} catch (IllegalArgumentException e) {
			return false;
		}
	}
}
