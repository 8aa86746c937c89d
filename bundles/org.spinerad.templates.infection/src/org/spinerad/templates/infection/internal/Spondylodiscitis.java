package org.spinerad.templates.infection.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.spinerad.model.CollectionType;
import org.spinerad.model.DiffusionResult;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.EndplateContour;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.ParaspinalSite;
import org.spinerad.model.Report;
import org.spinerad.model.SignalIntensity;
import org.spinerad.model.TransitionalAnatomy;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.levels.Vertebra;
import org.spinerad.templates.AcrCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/**
 * Discitis-osteomyelitis per disc level (guide 4.1 and 4.5): the five criteria
 * of the typical constellation, then "strongly suggested", "favors
 * degenerative (Modic 1) change", "possible" or "not suggested".
 */
final class Spondylodiscitis {

	static final String RULE = "infection.spondylodiscitis";
	static final String STRONGLY_SUGGESTED = "strongly suggested";
	static final String FAVORS_DEGENERATIVE = "favors degenerative (Modic 1) change";
	static final String POSSIBLE = "possible";
	static final String NOT_SUGGESTED = "not suggested";

	/** Collection types that count as infectious soft tissue next to a disc. */
	static final Set<CollectionType> INFECTIOUS_COLLECTIONS = EnumSet.of(CollectionType.ABSCESS,
			CollectionType.PHLEGMON, CollectionType.MIXED);

	private Spondylodiscitis() {
	}

	static List<Conclusion> decide(Report report) {
		List<Conclusion> out = new ArrayList<>();
		for (SpineLevel disc : candidateDiscs(report)) {
			judge(report, disc).ifPresent(out::add);
		}
		return out;
	}

	/**
	 * Disc levels to judge: every disc finding's level, and every disc between
	 * two vertebrae that both show marrow edema or enhancement.
	 */
	static TreeSet<SpineLevel> candidateDiscs(Report report) {
		TreeSet<SpineLevel> discs = new TreeSet<>();
		for (DiscFinding disc : Findings.of(report, DiscFinding.class)) {
			if (disc.getFrom().isDisc()) {
				discs.add(disc.getFrom());
			}
		}
		List<MarrowFinding> marrow = Findings.of(report, MarrowFinding.class);
		// S1-S2 is a disc only when S1 is lumbarized
		boolean lumbarized = report.getExam() != null
				&& report.getExam().getTransitionalAnatomy() == TransitionalAnatomy.LUMBARIZED_S1;
		for (Vertebra upper : Vertebra.values()) {
			if (!marrowSignal(marrow, upper)) {
				continue;
			}
			for (Vertebra lower : Vertebra.values()) {
				if (upper.hasDiscTo(lower) && marrowSignal(marrow, lower) && (upper != Vertebra.S1 || lumbarized)) {
					discs.add(SpineLevel.disc(upper, lower));
				}
			}
		}
		return discs;
	}

	private static boolean marrowSignal(List<MarrowFinding> marrow, Vertebra vertebra) {
		return marrow.stream().anyMatch(m -> Findings.covers(m, vertebra) && edemaOrEnhancement(m));
	}

	/** Marrow edema (bright STIR, or bright T2 without STIR) or enhancement. */
	static boolean edemaOrEnhancement(MarrowFinding m) {
		boolean edema = Findings.bright(m.getStir())
				|| m.getStir() == SignalIntensity.NOT_ASSESSED && Findings.bright(m.getT2());
		return edema || Findings.enhances(m.getEnhancement());
	}

	private static Optional<Conclusion> judge(Report report, SpineLevel disc) {
		Vertebra upper = disc.upper();
		Vertebra lower = disc.lower();
		int top = upper.ordinal();
		int bottom = lower.ordinal();
		List<DiscFinding> discs = Findings.of(report, DiscFinding.class).stream()
				.filter(d -> disc.isWithin(d.getFrom(), d.getTo() != null ? d.getTo() : d.getFrom())).toList();
		List<MarrowFinding> adjacent = Findings.of(report, MarrowFinding.class).stream()
				.filter(m -> Findings.covers(m, upper) || Findings.covers(m, lower)).toList();
		List<Reason> reasons = new ArrayList<>();

		// 1. disc fluid-like T2/STIR
		DiscFinding fluid = first(discs.stream()
				.filter(d -> d.getT2() == SignalIntensity.FLUID_HYPER || d.getStir() == SignalIntensity.FLUID_HYPER)
				.toList());
		reasons.add(criterion("disc fluid-like T2 signal", fluid != null, fluid != null ? fluid : first(discs),
				fluid != null ? null : discSignal(discs)));

		// 2. disc or endplate enhancement
		DiscFinding enhancingDisc = first(discs.stream().filter(d -> Findings.enhances(d.getEnhancement())).toList());
		MarrowFinding endplateEnhancement = first(adjacent.stream().filter(m -> Findings.enhances(m.getEnhancement())
				&& m.getEnhancement().getPattern() == EnhancementPattern.LINEAR).toList());
		Finding enhancing = enhancingDisc != null ? enhancingDisc : endplateEnhancement;
		reasons.add(criterion("disc or endplate enhancement", enhancing != null, enhancing != null ? enhancing : first(discs),
				enhancingDisc != null ? Findings.words(enhancingDisc.getEnhancement().getPattern()) + " disc enhancement"
						: endplateEnhancement != null ? "linear endplate enhancement" : null));

		// 3. endplate erosion
		MarrowFinding eroded = first(
				adjacent.stream().filter(m -> m.getEndplate() == EndplateContour.ERODED_DESTROYED).toList());
		MarrowFinding blurred = first(adjacent.stream().filter(m -> m.getEndplate() == EndplateContour.BLURRED).toList());
		List<MarrowFinding> contourRecorded = adjacent.stream()
				.filter(m -> m.getEndplate() != EndplateContour.NOT_ASSESSED).toList();
		boolean endplatesIntact = !contourRecorded.isEmpty() && eroded == null && blurred == null;
		reasons.add(criterion("endplate erosion", eroded != null,
				eroded != null ? eroded : blurred != null ? blurred : first(contourRecorded),
				eroded != null ? null
						: blurred != null ? "endplate blurred (early infection not excluded)"
								: endplatesIntact ? "endplates " + Findings.words(contourRecorded.get(0).getEndplate())
										: "endplate contour not recorded"));

		// 4. marrow edema or enhancement in both adjacent vertebrae
		MarrowFinding upperSignal = first(adjacent.stream().filter(m -> Findings.covers(m, upper) && edemaOrEnhancement(m)).toList());
		MarrowFinding lowerSignal = first(adjacent.stream().filter(m -> Findings.covers(m, lower) && edemaOrEnhancement(m)).toList());
		boolean bothSides = upperSignal != null && lowerSignal != null;
		reasons.add(criterion("marrow edema/enhancement in both " + upper.label() + " and " + lower.label(), bothSides,
				upperSignal != null ? upperSignal : lowerSignal,
				bothSides ? null
						: upperSignal != null ? "only " + upper.label()
								: lowerSignal != null ? "only " + lower.label() : "neither vertebra"));

		// 5. soft tissue: paraspinal/psoas abscess or epidural collection at the level
		Finding softTissue = softTissue(report, top, bottom);
		reasons.add(criterion("soft-tissue involvement (paraspinal/psoas abscess or epidural collection)",
				softTissue != null, softTissue, softTissue != null ? softTissue.getDescription() : null));

		// supporting signs
		ParaspinalFinding psoasSign = first(Findings.of(report, ParaspinalFinding.class).stream()
				.filter(p -> p.getSite() == ParaspinalSite.PSOAS && !INFECTIOUS_COLLECTIONS.contains(p.getCollection())
						&& (Findings.bright(p.getT2()) || Findings.bright(p.getStir())) && Findings.overlaps(p, top, bottom))
				.toList());
		if (psoasSign != null) {
			reasons.add(new Reason(psoasSign.getId(), "supporting: psoas T2 hyperintensity (psoas sign)"));
		}
		MarrowFinding claw = first(adjacent.stream().filter(m -> m.getDwi() == DiffusionResult.CLAW_SIGN).toList());
		MarrowFinding diffuse = first(adjacent.stream().filter(m -> m.getDwi() == DiffusionResult.DIFFUSE).toList());
		if (claw != null) {
			reasons.add(new Reason(claw.getId(), "DWI claw sign (favors degeneration)"));
		}
		if (diffuse != null) {
			reasons.add(new Reason(diffuse.getId(), "DWI diffuse pattern, no claw sign (favors infection)"));
		}
		DiscFinding darkDisc = first(discs.stream()
				.filter(d -> d.getT2() == SignalIntensity.HYPO || d.isVacuum()).toList());

		int met = (fluid != null ? 1 : 0) + (enhancing != null ? 1 : 0) + (eroded != null ? 1 : 0)
				+ (bothSides ? 1 : 0) + (softTissue != null ? 1 : 0);
		boolean strong = fluid != null && enhancing != null && eroded != null && bothSides;
		boolean degenerative = !strong && endplatesIntact && fluid == null && darkDisc != null && softTissue == null
				&& diffuse == null;
		List<String> caveats = new ArrayList<>();
		String value;
		if (strong) {
			value = STRONGLY_SUGGESTED;
			caveats.add("Correlate with clinical and laboratory data (fever, CRP, blood cultures); "
					+ "image-guided biopsy/culture is an option.");
		} else if (degenerative) {
			value = FAVORS_DEGENERATIVE;
			reasons.add(new Reason(darkDisc.getId(),
					darkDisc.isVacuum() ? "disc dark with vacuum (degeneration)" : "disc T2-dark (degeneration)"));
			if (claw == null) {
				caveats.add("DWI claw sign not recorded: DWI would strengthen the distinction from infection.");
			}
			caveats.add("If clinical suspicion persists (rising CRP, bacteremia, new deficit), short-interval "
					+ "follow-up MRI: early infection can be occult.");
		} else if (met >= 2) {
			value = POSSIBLE + " (" + met + " of 5 criteria)";
			caveats.add("Early infection may show only part of the constellation: correlate with clinical and "
					+ "laboratory data; consider image-guided biopsy/culture or short-interval repeat MRI.");
		} else if (met == 1) {
			value = NOT_SUGGESTED + " (1 of 5 criteria)";
		} else {
			return Optional.empty();
		}
		// guide 7.2: new spondylodiscitis -> ACR category 1-2 (only when strongly suggested)
		return Optional.of(new Conclusion(RULE, "Spondylodiscitis " + disc, value, ConclusionLevel.SUGGESTION,
				reasons, caveats, strong ? AcrCategory.CATEGORY_1_2 : AcrCategory.NONE));
	}

	/** @return an infectious collection overlapping the vertebrae, epidural first, else null */
	static Finding softTissue(Report report, int top, int bottom) {
		for (EpiduralFinding e : Findings.of(report, EpiduralFinding.class)) {
			if (Findings.overlaps(e, top, bottom) && isCollection(e)) {
				return e;
			}
		}
		for (ParaspinalFinding p : Findings.of(report, ParaspinalFinding.class)) {
			if (Findings.overlaps(p, top, bottom) && INFECTIOUS_COLLECTIONS.contains(p.getCollection())) {
				return p;
			}
		}
		return null;
	}

	/**
	 * @return whether an epidural finding is an infectious collection: an
	 *         abscess, a phlegmon, or a mixed lesion with such a component (a
	 *         mixed scar and disc lesion is none)
	 */
	static boolean isCollection(EpiduralFinding e) {
		CollectionType type = e.getClassification();
		if (type == CollectionType.ABSCESS || type == CollectionType.PHLEGMON
				|| type == CollectionType.MIXED && e.getComponents().isEmpty()) {
			return true;
		}
		return e.getComponents().stream().anyMatch(c -> INFECTIOUS_COLLECTIONS.contains(c.getType()));
	}

	private static String discSignal(List<DiscFinding> discs) {
		if (discs.isEmpty()) {
			return "no disc finding";
		}
		SignalIntensity t2 = discs.get(0).getT2();
		return t2 == SignalIntensity.NOT_ASSESSED ? "T2 not recorded" : "T2 " + Findings.words(t2);
	}

	private static Reason criterion(String name, boolean met, Finding finding, String detail) {
		String text = name + ": " + (met ? "yes" : "no") + (detail != null ? " (" + detail + ")" : "");
		return new Reason(finding != null ? finding.getId() : null, text);
	}

	private static <T> T first(List<T> items) {
		return items.isEmpty() ? null : items.get(0);
	}
}
