package org.spinerad.model.levels;

import java.util.Locale;
import java.util.Optional;

/**
 * Vertebrae in craniocaudal order, including the numbering variants T13 and L6
 * and the coccyx. The declaration order is the anatomical order.
 */
public enum Vertebra {
	C1, C2, C3, C4, C5, C6, C7,
	T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13,
	L1, L2, L3, L4, L5, L6,
	S1, S2, S3, S4, S5,
	CO;

	/** @return the spinal segment letter: C, T, L, S or Co */
	public String segment() {
		return this == CO ? "Co" : name().substring(0, 1);
	}

	/** @return the canonical name, e.g. {@code L4} or {@code Co} */
	public String label() {
		return this == CO ? "Co" : name();
	}

	/** @return whether this is one of the numbering variants T13 or L6 */
	public boolean isVariant() {
		return this == T13 || this == L6;
	}

	/**
	 * The next vertebra caudally in a spine with the given variants.
	 *
	 * @return the caudal neighbour, or empty for the coccyx
	 */
	public Optional<Vertebra> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	/**
	 * Whether a disc lies between this vertebra and the given caudal one: they
	 * are consecutive (a variant vertebra may be skipped, T12-L1 and L5-S1 are
	 * valid with or without T13 and L6), and there is no disc at C0-C1 or C1-C2
	 * nor in the fused sacrum or the coccyx. The one sacral disc is S1-S2, which
	 * exists when S1 is lumbarized; whether it may be used in a report is decided
	 * by the report's transitional anatomy (a validation rule), not here.
	 */
	public boolean hasDiscTo(Vertebra lower) {
		if (this == S1 && lower == S2) {
			return true;
		}
		if (this == C1 || this.ordinal() >= S1.ordinal() || lower.ordinal() <= ordinal()) {
			return false;
		}
		int gap = lower.ordinal() - ordinal();
		if (gap == 1) {
			return true;
		}
		// skip a variant that is absent in this patient: T12-L1 skips T13, L5-S1 skips L6
		return gap == 2 && values()[ordinal() + 1].isVariant();
	}

	/**
	 * Parses a vertebra name, case-insensitively ({@code l4}, {@code Co}).
	 *
	 * @return the vertebra, or empty when the text names none
	 */
	public static Optional<Vertebra> parse(String text) {
		String t = text.strip().toUpperCase(Locale.ROOT);
		if (t.equals("CO") || t.equals("COCCYX")) {
			return Optional.of(CO);
		}
		try {
			return Optional.of(valueOf(t));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
