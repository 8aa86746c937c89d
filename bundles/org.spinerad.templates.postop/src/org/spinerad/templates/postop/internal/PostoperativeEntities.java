package org.spinerad.templates.postop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.spinerad.model.CollectionType;
import org.spinerad.model.CordEffect;
import org.spinerad.model.CordFinding;
import org.spinerad.model.DiffusionResult;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.EndplateContour;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.ParaspinalSite;
import org.spinerad.model.PriorSurgery;
import org.spinerad.model.Report;
import org.spinerad.model.RimQuality;
import org.spinerad.model.SignalIntensity;
import org.spinerad.model.edit.Formats;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.levels.Vertebra;
import org.spinerad.templates.AcrCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/**
 * The other postoperative findings of guide 6.3: pseudomeningocele, seroma,
 * postoperative abscess (critical if compressive), arachnoiditis (Delamarter
 * groups) and postoperative discitis, which MRI excludes better than it
 * confirms.
 */
final class PostoperativeEntities {

	static final String PSEUDOMENINGOCELE_RULE = "postop.pseudomeningocele";
	static final String SEROMA_RULE = "postop.seroma";
	static final String ABSCESS_RULE = "postop.abscess";
	static final String ARACHNOIDITIS_RULE = "postop.arachnoiditis";
	static final String DISCITIS_RULE = "postop.discitis";

	static final String PSEUDOMENINGOCELE = "pseudomeningocele";
	static final String DISCITIS_NOT_SUPPORTED = "not supported by MRI";
	static final String DISCITIS_POSSIBLE = "possible";
	static final String DISCITIS_SUGGESTED = "suggested";

	private PostoperativeEntities() {
	}

	// ------------------------------------------------------------------ collections

	/** @return one conclusion per pseudomeningocele, epidural or paraspinal */
	static List<Conclusion> pseudomeningoceles(Report report) {
		List<Conclusion> out = new ArrayList<>();
		for (Finding f : collections(report, CollectionType.PSEUDOMENINGOCELE)) {
			List<Reason> reasons = new ArrayList<>();
			reasons.add(new Reason(f.getId(), "collection recorded as pseudomeningocele, " + Findings.levels(f)
					+ size(f)));
			boolean csf = f.getT2() == SignalIntensity.FLUID_HYPER || f.getStir() == SignalIntensity.FLUID_HYPER;
			reasons.add(new Reason(f.getId(), csf ? "CSF-like signal" : "signal not recorded as CSF-like"));
			boolean thickRim = Findings.isRim(f.getEnhancement())
					&& f.getEnhancement().getRimQuality() == RimQuality.THICK_IRREGULAR;
			if (Findings.isRim(f.getEnhancement())) {
				reasons.add(new Reason(f.getId(), thickRim ? "thick irregular rim enhancement"
						: "thin rim enhancement (may occur in a pseudomeningocele)"));
			}
			boolean fever = report.getClinical() != null
					&& Boolean.TRUE.equals(report.getClinical().getFeverOrRaisedCrp());
			List<String> caveats = new ArrayList<>();
			String value = PSEUDOMENINGOCELE;
			if (!csf || thickRim || fever) {
				value = PSEUDOMENINGOCELE + ", atypical features";
				caveats.add("Not typical of a CSF collection" + (fever ? " and fever or raised CRP" : "")
						+ ": an infected collection is not excluded.");
			}
			caveats.add("Check for nerve roots herniating into it; inform the operating surgeon.");
			out.add(new Conclusion(PSEUDOMENINGOCELE_RULE, "Pseudomeningocele " + Findings.levels(f), value,
					ConclusionLevel.SUGGESTION, reasons, caveats));
		}
		return out;
	}

	/** @return one conclusion per seroma */
	static List<Conclusion> seromas(Report report) {
		List<Conclusion> out = new ArrayList<>();
		for (Finding f : collections(report, CollectionType.SEROMA)) {
			out.add(new Conclusion(SEROMA_RULE, "Seroma " + Findings.levels(f), "seroma / postoperative fluid collection",
					ConclusionLevel.SUGGESTION,
					List.of(new Reason(f.getId(), "collection recorded as seroma, " + Findings.levels(f) + size(f))),
					List.of("Common early after surgery and may show thin peripheral enhancement; imaging alone "
							+ "cannot exclude infection: correlate with clinical findings and CRP.")));
		}
		return out;
	}

	/** @return one conclusion per postoperative abscess; critical when an epidural one compresses */
	static List<Conclusion> abscesses(Report report) {
		List<Conclusion> out = new ArrayList<>();
		for (Finding f : collections(report, CollectionType.ABSCESS)) {
			List<Reason> reasons = new ArrayList<>();
			reasons.add(new Reason(f.getId(), "collection recorded as abscess, " + Findings.levels(f) + size(f)));
			if (Findings.isRim(f.getEnhancement())) {
				reasons.add(new Reason(f.getId(), "rim enhancement around a "
						+ Findings.words(f.getEnhancement().getCenter()) + " center"));
			}
			if (f.getDwi() == DiffusionResult.RESTRICTED) {
				reasons.add(new Reason(f.getId(), "restricted diffusion"));
			}
			boolean compressive = f instanceof EpiduralFinding e && compresses(e);
			if (compressive) {
				reasons.add(new Reason(f.getId(), "compresses the cord or cauda equina"));
			}
			out.add(new Conclusion(ABSCESS_RULE, "Postoperative abscess " + Findings.levels(f),
					compressive ? "compressive postoperative abscess" : "postoperative abscess",
					compressive ? ConclusionLevel.CRITICAL : ConclusionLevel.SUGGESTION, reasons,
					List.of("Correlate with clinical findings and CRP; consider aspiration/culture."),
					// guide 6.3 (critical if compressive) and 7.2 (compression, epidural abscess: category 1)
					compressive ? AcrCategory.CATEGORY_1 : AcrCategory.NONE));
		}
		return out;
	}

	/** @return whether an epidural finding compresses the cord or cauda equina */
	static boolean compresses(EpiduralFinding e) {
		return e.getCordEffect() == CordEffect.COMPRESSION_CSF_PRESERVED
				|| e.getCordEffect() == CordEffect.COMPRESSION_NO_CSF
				|| Boolean.TRUE.equals(e.getCaudaEquinaCompression());
	}

	/** Epidural findings of a classification (or with such a component) and paraspinal collections of it. */
	private static List<Finding> collections(Report report, CollectionType type) {
		List<Finding> found = new ArrayList<>();
		for (EpiduralFinding e : Findings.of(report, EpiduralFinding.class)) {
			if (e.getClassification() == type || e.getComponents().stream().anyMatch(c -> c.getType() == type)) {
				found.add(e);
			}
		}
		for (ParaspinalFinding p : Findings.of(report, ParaspinalFinding.class)) {
			if (p.getCollection() == type) {
				found.add(p);
			}
		}
		return found;
	}

	/** @return " (4.5 x 3.0 x 7.2 cm (transverse x AP x craniocaudal))", as impressions write it; "" without a size */
	private static String size(Finding f) {
		String size = Formats.dimensions(f);
		return size == null ? "" : " (" + size + ")";
	}

	// ------------------------------------------------------------------ arachnoiditis

	/** @return arachnoiditis by Delamarter group, or possible arachnoiditis from clumped roots */
	static List<Conclusion> arachnoiditis(Report report) {
		List<Conclusion> out = new ArrayList<>();
		for (CordFinding c : Findings.of(report, CordFinding.class)) {
			Integer group = c.getArachnoiditisGroup();
			if (group == null && !c.isRootsClumped()) {
				continue;
			}
			List<Reason> reasons = new ArrayList<>();
			if (c.isRootsClumped()) {
				reasons.add(new Reason(c.getId(), "roots clumped or adherent, " + Findings.levels(c)));
			}
			if (Findings.enhances(c.getEnhancement())) {
				reasons.add(new Reason(c.getId(), "roots enhance"));
			}
			String value;
			if (group != null && group >= 1 && group <= 3) {
				value = "arachnoiditis, Delamarter group " + group + " (" + delamarter(group) + ")";
				reasons.add(new Reason(c.getId(), "Delamarter group " + group + " recorded"));
			} else {
				value = "possible arachnoiditis (Delamarter group not recorded)";
			}
			out.add(new Conclusion(ARACHNOIDITIS_RULE, "Arachnoiditis " + Findings.levels(c), value,
					ConclusionLevel.SUGGESTION, reasons, List.of()));
		}
		return out;
	}

	static String delamarter(int group) {
		return switch (group) {
		case 1 -> "roots clumped centrally";
		case 2 -> "roots adherent to the dural wall, empty sac";
		case 3 -> "soft-tissue mass replacing the subarachnoid space";
		default -> throw new IllegalArgumentException("Delamarter groups are 1 to 3, got " + group);
		};
	}

	// ------------------------------------------------------------------ postoperative discitis

	/**
	 * Postoperative discitis at the operated disc levels (or every disc finding
	 * when none is recorded) that show disc or endplate signal change or
	 * enhancement. Criteria: Modic-1-like marrow edema (T1 dark and STIR/T2
	 * bright), disc enhancement beyond the linear enhancement expected along the
	 * curettage tract, enhancing paravertebral soft tissue, endplate erosion,
	 * fluid-like disc signal.
	 */
	static List<Conclusion> discitis(Report report, Long earlyDays) {
		List<Conclusion> out = new ArrayList<>();
		for (SpineLevel disc : discLevels(report)) {
			discitis(report, disc, earlyDays).ifPresent(out::add);
		}
		return out;
	}

	private static TreeSet<SpineLevel> discLevels(Report report) {
		TreeSet<SpineLevel> levels = new TreeSet<>();
		PriorSurgery surgery = report.getClinical() != null ? report.getClinical().getPriorSurgery() : null;
		if (surgery != null) {
			surgery.getLevels().stream().filter(SpineLevel::isDisc).forEach(levels::add);
		}
		if (levels.isEmpty()) {
			Findings.of(report, DiscFinding.class).stream().map(Finding::getFrom).filter(SpineLevel::isDisc)
					.forEach(levels::add);
		}
		return levels;
	}

	private static Optional<Conclusion> discitis(Report report, SpineLevel level, Long earlyDays) {
		Vertebra upper = level.upper();
		Vertebra lower = level.lower();
		List<DiscFinding> discs = Findings.of(report, DiscFinding.class).stream()
				.filter(d -> d.getFrom().equals(level)).toList();
		List<MarrowFinding> marrow = Findings.of(report, MarrowFinding.class).stream()
				.filter(m -> Findings.covers(m, upper) || Findings.covers(m, lower)).toList();
		boolean signs = discs.stream().anyMatch(d -> Findings.enhances(d.getEnhancement()) || Findings.bright(d.getT2()))
				|| marrow.stream().anyMatch(m -> Findings.enhances(m.getEnhancement()) || Findings.bright(m.getStir()));
		if (!signs) {
			return Optional.empty();
		}
		List<Reason> reasons = new ArrayList<>();
		int met = 0;

		MarrowFinding modic1 = marrow.stream().filter(m -> m.getT1() == SignalIntensity.HYPO
				&& (Findings.bright(m.getStir()) || Findings.bright(m.getT2()))).findFirst().orElse(null);
		MarrowFinding edemaOnly = marrow.stream().filter(m -> Findings.bright(m.getStir())).findFirst().orElse(null);
		if (modic1 != null) {
			met++;
			reasons.add(new Reason(modic1.getId(), "Modic-1-like marrow edema: yes"));
		} else {
			reasons.add(new Reason(edemaOnly != null ? edemaOnly.getId() : null, "Modic-1-like marrow edema: no"
					+ (edemaOnly != null ? " (STIR bright without recorded T1 hypointensity)" : "")));
		}

		DiscFinding enhancing = discs.stream().filter(d -> Findings.enhances(d.getEnhancement())).findFirst()
				.orElse(null);
		if (enhancing != null && enhancing.getEnhancement().getPattern() != EnhancementPattern.LINEAR) {
			met++;
			reasons.add(new Reason(enhancing.getId(), "disc enhancement: yes ("
					+ Findings.words(enhancing.getEnhancement().getPattern()) + ")"));
		} else {
			reasons.add(new Reason(enhancing != null ? enhancing.getId() : null, "disc enhancement: "
					+ (enhancing != null ? "linear only (expected along the curettage tract)" : "no")));
		}

		ParaspinalFinding softTissue = Findings.of(report, ParaspinalFinding.class).stream()
				.filter(p -> Findings.enhances(p.getEnhancement())
						&& p.getCollection() != CollectionType.PSEUDOMENINGOCELE
						&& p.getCollection() != CollectionType.SEROMA
						&& (p.getSite() == ParaspinalSite.PSOAS || p.getSite() == ParaspinalSite.PARAVERTEBRAL
								|| p.getSite() == ParaspinalSite.PREVERTEBRAL)
						&& Findings.overlaps(p, upper.ordinal(), lower.ordinal()))
				.findFirst().orElse(null);
		if (softTissue != null) {
			met++;
		}
		reasons.add(new Reason(softTissue != null ? softTissue.getId() : null,
				"enhancing paravertebral soft tissue: " + (softTissue != null ? "yes" : "no")));

		MarrowFinding eroded = marrow.stream().filter(m -> m.getEndplate() == EndplateContour.ERODED_DESTROYED)
				.findFirst().orElse(null);
		if (eroded != null) {
			met++;
		}
		reasons.add(new Reason(eroded != null ? eroded.getId() : null, "endplate erosion: " + (eroded != null ? "yes"
				: "no")));

		DiscFinding fluid = discs.stream().filter(d -> d.getT2() == SignalIntensity.FLUID_HYPER).findFirst()
				.orElse(null);
		if (fluid != null) {
			met++;
		}
		reasons.add(new Reason(fluid != null ? fluid.getId() : null, "fluid-like disc signal: " + (fluid != null
				? "yes" : "no")));

		String value = met == 0 ? DISCITIS_NOT_SUPPORTED
				: eroded != null || met >= 3 ? DISCITIS_SUGGESTED : DISCITIS_POSSIBLE + " (" + met + " of 5 criteria)";
		List<String> caveats = new ArrayList<>();
		caveats.add("MRI is more reliable for excluding than for confirming postoperative discitis: correlate with "
				+ "CRP and clinical findings; consider aspiration.");
		if (earlyDays != null) {
			caveats.add("Disc and endplate signal change and enhancement are common in asymptomatic patients early "
					+ "after surgery (" + earlyDays + " days).");
		}
		return Optional.of(new Conclusion(DISCITIS_RULE, "Postoperative discitis " + level, value,
				met == 0 ? ConclusionLevel.INFO : ConclusionLevel.SUGGESTION, reasons, caveats,
				// guide 7.2: new spondylodiscitis -> ACR category 1-2 (only when suggested, not merely possible)
				DISCITIS_SUGGESTED.equals(value) ? AcrCategory.CATEGORY_1_2 : AcrCategory.NONE));
	}
}
