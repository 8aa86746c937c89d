package org.spinerad.model.levels;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vertebral level ({@code L4}) or a disc level between two consecutive
 * vertebrae ({@code L4-L5}). Immutable; ordered craniocaudally, a disc sorting
 * between its two vertebrae. The canonical text form is what {@link #toString()}
 * returns and {@link #valueOf(String)} reads; EMF uses both to store levels, so
 * the {@code SpineLevel} data type of the model needs no generated conversion code.
 */
public final class SpineLevel implements Comparable<SpineLevel> {

	private static final Pattern DISC = Pattern.compile("(?i)\\s*([CTLS]\\d{1,2}|CO)\\s*[-/]\\s*([CTLS]?\\d{1,2}|CO)\\s*");

	private static final Comparator<SpineLevel> ORDER = Comparator.comparingInt(SpineLevel::position);

	private final Vertebra upper;
	private final Vertebra lower;

	private SpineLevel(Vertebra upper, Vertebra lower) {
		this.upper = upper;
		this.lower = lower;
	}

	/** @return the level of one vertebra */
	public static SpineLevel of(Vertebra vertebra) {
		return new SpineLevel(Objects.requireNonNull(vertebra), null);
	}

	/**
	 * @return the disc level between two vertebrae
	 * @throws IllegalArgumentException if there is no disc between them
	 */
	public static SpineLevel disc(Vertebra upper, Vertebra lower) {
		if (!upper.hasDiscTo(lower)) {
			throw new IllegalArgumentException("There is no disc between " + upper.label() + " and " + lower.label()
					+ ": a disc level joins two consecutive vertebrae from C2-C3 to L5-S1 (S1-S2 when S1 is lumbarized), e.g. L4-L5");
		}
		return new SpineLevel(upper, lower);
	}

	/**
	 * Reads a level: {@code L4}, {@code L4-L5}, also the display form {@code L4-5}
	 * and lower case. Used by EMF to load stored levels.
	 *
	 * @throws IllegalArgumentException with a message saying what is wrong and what is expected
	 */
	public static SpineLevel valueOf(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A spine level is empty; expected e.g. L4 or L4-L5");
		}
		Matcher disc = DISC.matcher(text);
		if (disc.matches()) {
			Vertebra upper = vertebra(disc.group(1), text);
			String lowerText = disc.group(2);
			if (Character.isDigit(lowerText.charAt(0))) {
				lowerText = upper.segment() + lowerText; // display form L4-5
			}
			return disc(upper, vertebra(lowerText, text));
		}
		return of(vertebra(text, text));
	}

	private static Vertebra vertebra(String name, String whole) {
		return Vertebra.parse(name).orElseThrow(() -> new IllegalArgumentException("'" + whole
				+ "' is not a spine level; expected a vertebra C1..C7, T1..T12, L1..L5, S1..S5, Co (variants T13, L6) or a disc level, e.g. L4-L5"));
	}

	/** @return the vertebra, or the upper vertebra of a disc */
	public Vertebra upper() {
		return upper;
	}

	/** @return the lower vertebra of a disc, or the vertebra itself */
	public Vertebra lower() {
		return lower != null ? lower : upper;
	}

	/** @return whether this is a disc level */
	public boolean isDisc() {
		return lower != null;
	}

	/**
	 * @return a position on a craniocaudal scale: even numbers for vertebrae, the
	 *         odd number in between for a disc
	 */
	public int position() {
		return isDisc() ? upper.ordinal() * 2 + 1 : upper.ordinal() * 2;
	}

	/** @return whether this level is cranial to the other one */
	public boolean isAbove(SpineLevel other) {
		return position() < other.position();
	}

	/** @return whether this level lies within the range, both ends included */
	public boolean isWithin(SpineLevel from, SpineLevel to) {
		return position() >= from.position() && position() <= to.position();
	}

	/**
	 * Number of vertebral segments a range touches: the vertebrae from the upper
	 * vertebra of {@code from} to the lower vertebra of {@code to}.
	 */
	public static int segmentCount(SpineLevel from, SpineLevel to) {
		SpineLevel end = to != null ? to : from;
		return Math.abs(end.lower().ordinal() - from.upper().ordinal()) + 1;
	}

	/** @return the short display form, {@code L4-5} for a disc in one segment */
	public String displayShort() {
		if (!isDisc()) {
			return upper.label();
		}
		if (upper.segment().equals(lower.segment())) {
			return upper.label() + "-" + lower.label().substring(lower.segment().length());
		}
		return toString();
	}

	@Override
	public int compareTo(SpineLevel other) {
		return ORDER.compare(this, other);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof SpineLevel other && upper == other.upper && lower == other.lower;
	}

	@Override
	public int hashCode() {
		return Objects.hash(upper, lower);
	}

	/** @return the canonical form, {@code L4} or {@code L4-L5} */
	@Override
	public String toString() {
		return isDisc() ? upper.label() + "-" + lower.label() : upper.label();
	}

	/** @return whether this is the disc S1-S2, which exists only when S1 is lumbarized */
	public boolean isTransitionalDisc() {
		return upper == Vertebra.S1 && lower == Vertebra.S2;
	}

	/** @return the canonical form in lower case, for ids */
	public String toIdPart() {
		return toString().toLowerCase(Locale.ROOT);
	}
}
