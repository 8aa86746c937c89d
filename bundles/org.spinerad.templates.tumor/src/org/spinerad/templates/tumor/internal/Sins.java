package org.spinerad.templates.tumor.internal;

import java.util.ArrayList;
import java.util.List;

import org.spinerad.model.Alignment;
import org.spinerad.model.BoneLesionType;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.Laterality;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.PainCharacter;
import org.spinerad.model.Side;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.levels.Vertebra;

/**
 * Spinal Instability Neoplastic Score (guide 5.4): six components, 0 to 18
 * points. An unknown input never scores 0 silently: its component spans the
 * possible points and the total becomes a range.
 * <p>
 * Product decisions beyond the guide's lookup: the numbering variants T13 and
 * L6 lie at the thoracolumbar and lumbosacral junctions and score 3 like
 * their neighbours; the coccyx is rigid like S2-S5 and scores 0. A collapse of
 * exactly 50 % is not "more than 50 %" and scores 2; so is a body involvement
 * of exactly 50 % not "more than 50 %" (0 points without collapse).
 */
public final class Sins {

	/** Collapse above this percentage scores 3. */
	public static final int COLLAPSE_HIGH_PERCENT = 50;
	/** Body involvement above this percentage scores 1 when there is no collapse. */
	public static final int INVOLVEMENT_PERCENT = 50;

	/** SINS categories with inclusive bounds: 0-6 stable, 7-12 indeterminate, 13-18 unstable. */
	public enum Category {
		STABLE("stable", 0, 6), INDETERMINATE("indeterminate", 7, 12), UNSTABLE("unstable", 13, 18);

		private final String label;
		private final int min;
		private final int max;

		Category(String label, int min, int max) {
			this.label = label;
			this.min = min;
			this.max = max;
		}

		/** @return the category name, e.g. "indeterminate" */
		public String label() {
			return label;
		}

		/**
		 * @return the category of a total
		 * @throws IllegalArgumentException outside 0..18
		 */
		public static Category of(int total) {
			for (Category c : values()) {
				if (total >= c.min && total <= c.max) {
					return c;
				}
			}
			throw new IllegalArgumentException("A SINS total is 0 to 18, got " + total);
		}
	}

	/**
	 * One scored component.
	 *
	 * @param name    component name, e.g. "location"
	 * @param finding what was scored, e.g. "T6, semirigid (T3-T10)"
	 * @param min     fewest points possible
	 * @param max     most points possible (equal to min when the input is known)
	 * @param unknown what is missing when min differs from max, e.g. "pain not documented"; else null
	 */
	public record Part(String name, String finding, int min, int max, String unknown) {

		static Part known(String name, String finding, int points) {
			return new Part(name, finding, points, points, null);
		}

		static Part range(String name, String unknown, int min, int max) {
			return new Part(name, unknown, min, max, unknown);
		}

		static Part range(String name, String finding, String unknown, int min, int max) {
			return new Part(name, finding, min, max, unknown);
		}

		/** @return e.g. "location: T6, semirigid (T3-T10): 1 point" or "pain: pain not documented: 0-3 points" */
		public String text() {
			String points = min == max ? min + (min == 1 ? " point" : " points") : min + "-" + max + " points";
			return name + ": " + finding + ": " + points;
		}
	}

	/** A score: its six parts and the total as a range. */
	public record Score(List<Part> parts) {

		public Score {
			parts = List.copyOf(parts);
		}

		public int min() {
			return parts.stream().mapToInt(Part::min).sum();
		}

		public int max() {
			return parts.stream().mapToInt(Part::max).sum();
		}

		/** @return the missing inputs, e.g. ["pain not documented"] */
		public List<String> unknowns() {
			return parts.stream().map(Part::unknown).filter(u -> u != null).toList();
		}

		/**
		 * @return "7 (indeterminate)", "9-12 (indeterminate; pain not documented)"
		 *         or "5-8 (stable to indeterminate; pain not documented)"
		 */
		public String value() {
			Category low = Category.of(min());
			Category high = Category.of(max());
			if (min() == max()) {
				return min() + " (" + low.label() + ")";
			}
			String category = low == high ? low.label() : low.label() + " to " + high.label();
			return min() + "-" + max() + " (" + category + "; " + String.join(", ", unknowns()) + ")";
		}
	}

	private Sins() {
	}

	/** @return the SINS of a lesion with the pain character from the clinical context */
	public static Score score(MarrowFinding lesion, PainCharacter pain) {
		return score(lesion, pain, List.of());
	}

	/**
	 * @param replacedFacets facet findings at the lesion's levels whose articular
	 *                       process is replaced by tumour: posterior element involvement
	 * @return the SINS of a lesion with the pain character from the clinical context
	 */
	public static Score score(MarrowFinding lesion, PainCharacter pain, List<FacetFinding> replacedFacets) {
		List<Part> parts = new ArrayList<>();
		parts.add(location(lesion.getFrom(), lesion.getTo()));
		parts.add(pain(pain));
		parts.add(boneLesion(lesion.getBoneLesion()));
		parts.add(alignment(lesion.getAlignment()));
		parts.add(collapse(lesion.getCollapsePercent(), lesion.getBodyInvolvementPercent()));
		parts.add(posterolateral(lesion.getPosteriorElements(), replacedFacets));
		return new Score(parts);
	}

	/** @return location points of one vertebra (guide lookup, plus T13, L6 and the coccyx) */
	public static int locationPoints(Vertebra vertebra) {
		return switch (vertebra) {
		case C1, C2, C7, T1, T2, T11, T12, T13, L1, L5, L6, S1 -> 3;
		case C3, C4, C5, C6, L2, L3, L4 -> 2;
		case T3, T4, T5, T6, T7, T8, T9, T10 -> 1;
		case S2, S3, S4, S5, CO -> 0;
		};
	}

	private static String locationName(Vertebra vertebra) {
		return switch (vertebra) {
		case C1, C2 -> "junctional (occiput-C2)";
		case C7, T1, T2 -> "junctional (C7-T2)";
		case T11, T12, L1 -> "junctional (T11-L1)";
		case T13 -> "junctional (T11-L1; T13 variant)";
		case L5, S1 -> "junctional (L5-S1)";
		case L6 -> "junctional (L5-S1; L6 variant)";
		case C3, C4, C5, C6 -> "mobile (C3-C6)";
		case L2, L3, L4 -> "mobile (L2-L4)";
		case T3, T4, T5, T6, T7, T8, T9, T10 -> "semirigid (T3-T10)";
		case S2, S3, S4, S5 -> "rigid (S2-S5)";
		case CO -> "rigid (coccyx)";
		};
	}

	/** Location of a lesion over one or more levels: the highest-scoring vertebra it touches. */
	static Part location(SpineLevel from, SpineLevel to) {
		SpineLevel end = to != null ? to : from;
		Vertebra best = from.upper();
		for (int i = from.upper().ordinal(); i <= end.lower().ordinal(); i++) {
			Vertebra v = Vertebra.values()[i];
			if (locationPoints(v) > locationPoints(best)) {
				best = v;
			}
		}
		return Part.known("location", best.label() + ", " + locationName(best), locationPoints(best));
	}

	static Part pain(PainCharacter pain) {
		return switch (pain == null ? PainCharacter.NOT_DOCUMENTED : pain) {
		case MECHANICAL -> Part.known("pain", "mechanical", 3);
		case OCCASIONAL_NON_MECHANICAL -> Part.known("pain", "occasional, non-mechanical", 1);
		case PAIN_FREE -> Part.known("pain", "pain-free lesion", 0);
		case NOT_DOCUMENTED -> Part.range("pain", "pain not documented", 0, 3);
		};
	}

	static Part boneLesion(BoneLesionType type) {
		return switch (type) {
		case LYTIC -> Part.known("bone lesion", "lytic", 2);
		case MIXED -> Part.known("bone lesion", "mixed lytic/blastic", 1);
		case BLASTIC -> Part.known("bone lesion", "blastic", 0);
		case NEEDS_CT -> Part.range("bone lesion", "bone lesion needs CT", 0, 2);
		case NOT_ASSESSED -> Part.range("bone lesion", "bone lesion not assessed", 0, 2);
		};
	}

	static Part alignment(Alignment alignment) {
		return switch (alignment) {
		case SUBLUXATION_TRANSLATION -> Part.known("alignment", "subluxation/translation", 4);
		case DE_NOVO_DEFORMITY -> Part.known("alignment", "de novo deformity", 2);
		case NORMAL -> Part.known("alignment", "normal", 0);
		case NOT_ASSESSED -> Part.range("alignment", "alignment not assessed", 0, 4);
		};
	}

	static Part collapse(Integer collapsePercent, Integer bodyInvolvementPercent) {
		if (collapsePercent == null) {
			return Part.range("collapse", "collapse not recorded", 0, 3);
		}
		if (collapsePercent > COLLAPSE_HIGH_PERCENT) {
			return Part.known("collapse", ">50 % collapse (" + collapsePercent + " %)", 3);
		}
		if (collapsePercent == COLLAPSE_HIGH_PERCENT) {
			return Part.known("collapse", "<50 % collapse (exactly 50 %, not more than 50 %)", 2);
		}
		if (collapsePercent > 0) {
			return Part.known("collapse", "<50 % collapse (" + collapsePercent + " %)", 2);
		}
		if (bodyInvolvementPercent == null) {
			return Part.range("collapse", "no collapse, body involvement not recorded", "body involvement not recorded",
					0, 1);
		}
		if (bodyInvolvementPercent > INVOLVEMENT_PERCENT) {
			return Part.known("collapse", "no collapse but >50 % of body involved (" + bodyInvolvementPercent + " %)", 1);
		}
		return Part.known("collapse", "no collapse, " + bodyInvolvementPercent + " % of body involved", 0);
	}

	/**
	 * Posterolateral involvement from the lesion's posterior elements and the
	 * facets replaced by tumour at its levels: a replaced facet is posterior
	 * element involvement on its side; one without a side is unilateral at least.
	 */
	static Part posterolateral(Laterality laterality, List<FacetFinding> replacedFacets) {
		if (replacedFacets.isEmpty()) {
			return posterolateral(laterality);
		}
		boolean left = laterality == Laterality.LEFT || laterality == Laterality.BILATERAL;
		boolean right = laterality == Laterality.RIGHT || laterality == Laterality.BILATERAL;
		List<String> facets = new ArrayList<>();
		for (FacetFinding facet : replacedFacets) {
			left |= facet.getSide() == Side.LEFT || facet.getSide() == Side.BILATERAL;
			right |= facet.getSide() == Side.RIGHT || facet.getSide() == Side.BILATERAL;
			facets.add((facet.getId() != null ? facet.getId() + " " : "") + (facet.getSide() == Side.LEFT
					|| facet.getSide() == Side.RIGHT || facet.getSide() == Side.BILATERAL ? facet.getSide() + " " : "")
					+ "facet replaced by tumor");
		}
		String source = String.join(", ", facets);
		if (left && right) {
			return Part.known("posterolateral", "bilateral (" + source + ")", 3);
		}
		if (left || right) {
			return Part.known("posterolateral", "unilateral (" + (left ? "left" : "right") + "; " + source + ")", 1);
		}
		return Part.range("posterolateral", "posterolateral involvement (" + source + ")",
				"side of the replaced facet not recorded", 1, 3);
	}

	static Part posterolateral(Laterality laterality) {
		return switch (laterality) {
		case BILATERAL -> Part.known("posterolateral", "bilateral", 3);
		case LEFT, RIGHT -> Part.known("posterolateral", "unilateral (" + laterality + ")", 1);
		case NONE -> Part.known("posterolateral", "none", 0);
		case NOT_ASSESSED -> Part.range("posterolateral", "posterolateral involvement not assessed", 0, 3);
		};
	}
}
