package org.spinerad.templates.infection.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.spinerad.model.CollectionType;
import org.spinerad.model.CordCompartment;
import org.spinerad.model.CordFinding;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.EndplateContour;
import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.Laterality;
import org.spinerad.model.Margins;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.Report;
import org.spinerad.model.RimQuality;
import org.spinerad.model.levels.Vertebra;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/**
 * Tuberculous (granulomatous) versus pyogenic spondylitis (guide 4.4): counts
 * the TB discriminators the infectious findings show; at or above the
 * threshold it suggests considering tuberculous/granulomatous spondylitis.
 */
final class TbDiscriminators {

	static final String RULE = "infection.tb-discriminators";
	static final String SUGGESTION = "consider tuberculous/granulomatous spondylitis";
	/** Number of discriminators this rule can find in the model. */
	static final int KNOWN = 11;
	/** Disc height loss up to this percentage counts as relative disc preservation. */
	static final int PRESERVED_DISC_MAX_HEIGHT_LOSS = 25;
	/** Vertebral height loss from this percentage on counts as marked collapse. */
	static final int MARKED_COLLAPSE_PERCENT = 50;
	/** Subligamentous spread over at least this many vertebral segments counts. */
	static final int SUBLIGAMENTOUS_MIN_SEGMENTS = 3;
	/** At least this many involved vertebrae count as multilevel involvement. */
	static final int MULTILEVEL_MIN_VERTEBRAE = 3;

	private TbDiscriminators() {
	}

	static Optional<Conclusion> decide(Report report, int threshold) {
		List<MarrowFinding> marrow = Findings.infectious(report, MarrowFinding.class);
		List<DiscFinding> discs = Findings.infectious(report, DiscFinding.class);
		List<EpiduralFinding> epidural = Findings.infectious(report, EpiduralFinding.class);
		List<ParaspinalFinding> paraspinal = Findings.infectious(report, ParaspinalFinding.class);
		if (marrow.isEmpty() && discs.isEmpty() && epidural.isEmpty() && paraspinal.isEmpty()) {
			return Optional.empty();
		}
		BitSet vertebrae = involvedVertebrae(marrow);
		List<Reason> reasons = new ArrayList<>();
		List<String> pyogenic = new ArrayList<>();

		// relative disc preservation despite vertebral destruction
		boolean destruction = marrow.stream()
				.anyMatch(m -> positive(m.getCollapsePercent()) || m.isIntraosseousAbscess()
						|| m.getEndplate() == EndplateContour.ERODED_DESTROYED);
		List<DiscFinding> measured = discs.stream().filter(d -> d.getHeightLossPercent() != null).toList();
		if (destruction && !measured.isEmpty()
				&& measured.stream().allMatch(d -> d.getHeightLossPercent() <= PRESERVED_DISC_MAX_HEIGHT_LOSS)) {
			reasons.add(new Reason(measured.get(0).getId(), "relative disc preservation despite vertebral destruction "
					+ "(disc height loss at most " + PRESERVED_DISC_MAX_HEIGHT_LOSS + " %)"));
		}
		measured.stream().filter(d -> d.getHeightLossPercent() > PRESERVED_DISC_MAX_HEIGHT_LOSS).findFirst()
				.ifPresent(d -> pyogenic.add("disc destruction at " + d.getFrom() + " (" + d.getHeightLossPercent()
						+ " % height loss)"));

		// subligamentous spread over >= 3 levels
		epidural.stream()
				.filter(e -> e.getClassification() == CollectionType.SUBLIGAMENTOUS_SPREAD
						|| e.getComponents().stream().anyMatch(c -> c.getType() == CollectionType.SUBLIGAMENTOUS_SPREAD))
				.filter(e -> Findings.vertebrae(e).cardinality() >= SUBLIGAMENTOUS_MIN_SEGMENTS).findFirst()
				.ifPresent(e -> reasons.add(new Reason(e.getId(),
						"subligamentous spread over at least 3 levels (" + Findings.levels(e) + ")")));

		// multilevel (>= 3 vertebrae) or skip involvement
		if (vertebrae.cardinality() >= MULTILEVEL_MIN_VERTEBRAE) {
			reasons.add(new Reason(marrow.get(0).getId(),
					"involvement of " + vertebrae.cardinality() + " vertebrae (at least 3)"));
		} else if (SkipLesions.clusters(report).size() > 1) {
			reasons.add(new Reason(null, "skip (non-contiguous) involvement"));
		} else if (!vertebrae.isEmpty()) {
			pyogenic.add("involvement limited to " + vertebrae.cardinality() + " vertebra(e)");
		}

		// thoracic predominance
		int thoracic = vertebrae.get(Vertebra.T1.ordinal(), Vertebra.T13.ordinal() + 1).cardinality();
		if (thoracic * 2 > vertebrae.cardinality()) {
			reasons.add(new Reason(marrow.get(0).getId(), "thoracic predominance"));
		}

		// abscess walls: thin and smooth (TB) versus thick and irregular (pyogenic)
		List<Finding> abscesses = new ArrayList<>();
		abscesses.addAll(paraspinal);
		abscesses.addAll(epidural);
		abscesses.addAll(marrow);
		first(abscesses, f -> rim(f) == RimQuality.THIN_SMOOTH).ifPresent(
				f -> reasons.add(new Reason(f.getId(), "thin, smooth abscess wall (" + f.getDescription() + ")")));
		first(abscesses, f -> rim(f) == RimQuality.THICK_IRREGULAR)
				.ifPresent(f -> pyogenic.add("thick, irregular abscess wall (" + f.getDescription() + ")"));

		// well-defined paraspinal abscess margins
		first(paraspinal, p -> p.getMargins() == Margins.WELL_DEFINED
				&& (p.getCollection() == CollectionType.ABSCESS || p.getCollection() == CollectionType.MIXED))
				.ifPresent(p -> reasons.add(new Reason(p.getId(), "well-defined paraspinal abscess margins")));
		first(paraspinal, p -> p.getMargins() == Margins.ILL_DEFINED)
				.ifPresent(p -> pyogenic.add("ill-defined paraspinal inflammation"));

		// intraosseous rim-enhancing abscess
		first(marrow, m -> m.isIntraosseousAbscess() || Findings.isRim(m.getEnhancement()))
				.ifPresent(m -> reasons.add(new Reason(m.getId(), "intraosseous rim-enhancing abscess at " + Findings.levels(m))));

		// heterogeneous or focal vertebral enhancement
		first(marrow, m -> Findings.enhances(m.getEnhancement())
				&& (m.getEnhancement().getPattern() == EnhancementPattern.HETEROGENEOUS
						|| m.getEnhancement().getPattern() == EnhancementPattern.PATCHY
						|| m.getEnhancement().getPattern() == EnhancementPattern.NODULAR))
				.ifPresent(m -> reasons.add(new Reason(m.getId(), "heterogeneous/focal vertebral enhancement")));
		first(marrow, m -> Findings.enhances(m.getEnhancement())
				&& (m.getEnhancement().getPattern() == EnhancementPattern.DIFFUSE
						|| m.getEnhancement().getPattern() == EnhancementPattern.HOMOGENEOUS))
				.ifPresent(m -> pyogenic.add("diffuse homogeneous vertebral enhancement"));

		// posterior element / pedicle involvement
		first(marrow, m -> m.getPosteriorElements() == Laterality.LEFT || m.getPosteriorElements() == Laterality.RIGHT
				|| m.getPosteriorElements() == Laterality.BILATERAL)
				.ifPresent(m -> reasons.add(new Reason(m.getId(),
						"posterior element/pedicle involvement (" + Findings.words(m.getPosteriorElements()) + ")")));

		// marked collapse (gibbus)
		first(marrow, m -> m.getCollapsePercent() != null && m.getCollapsePercent() >= MARKED_COLLAPSE_PERCENT)
				.ifPresent(m -> reasons.add(new Reason(m.getId(),
						"marked collapse (" + m.getCollapsePercent() + " % height loss)")));

		// meningeal enhancement at the affected levels
		first(Findings.infectious(report, CordFinding.class),
				c -> (c.getCompartment() == CordCompartment.LEPTOMENINGEAL
						|| c.getCompartment() == CordCompartment.PACHYMENINGEAL) && Findings.enhances(c.getEnhancement()))
				.ifPresent(c -> reasons.add(new Reason(c.getId(), "meningeal enhancement at " + Findings.levels(c))));

		int count = reasons.size();
		boolean reached = count >= threshold;
		String value = count + " of " + KNOWN + " discriminators" + (reached ? ": " + SUGGESTION : "");
		List<String> caveats = new ArrayList<>();
		if (!pyogenic.isEmpty()) {
			caveats.add("Pyogenic features: " + String.join("; ", pyogenic) + ".");
		}
		if (reached) {
			caveats.add("Recommend image-guided biopsy with mycobacterial culture and PCR.");
		}
		return Optional.of(new Conclusion(RULE, "Tuberculous spondylitis discriminators", value,
				reached ? ConclusionLevel.SUGGESTION : ConclusionLevel.INFO, reasons, caveats));
	}

	/** @return ordinals of the vertebrae the marrow findings touch */
	static BitSet involvedVertebrae(List<MarrowFinding> marrow) {
		BitSet set = new BitSet();
		for (MarrowFinding m : marrow) {
			set.or(Findings.vertebrae(m));
		}
		return set;
	}

	private static RimQuality rim(Finding f) {
		Enhancement e = f.getEnhancement();
		return Findings.isRim(e) ? e.getRimQuality() : RimQuality.UNSPECIFIED;
	}

	private static boolean positive(Integer percent) {
		return percent != null && percent > 0;
	}

	private static <T> Optional<T> first(List<T> items, Predicate<T> test) {
		return items.stream().filter(test).findFirst();
	}
}
