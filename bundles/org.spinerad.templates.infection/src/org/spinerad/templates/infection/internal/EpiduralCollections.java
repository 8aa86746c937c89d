package org.spinerad.templates.infection.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.spinerad.model.CollectionType;
import org.spinerad.model.Component;
import org.spinerad.model.CordEffect;
import org.spinerad.model.DiffusionResult;
import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.LesionCenter;
import org.spinerad.model.LesionNature;
import org.spinerad.model.Report;
import org.spinerad.model.RimQuality;
import org.spinerad.model.SignalIntensity;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/**
 * Epidural abscess versus phlegmon (guide 4.2), per epidural collection and per
 * component of a mixed one: rim or ring enhancement around a fluid or necrotic
 * non-enhancing center is an abscess, solid (homogeneous) enhancement a
 * phlegmon, both components together a mixed lesion.
 */
final class EpiduralCollections {

	static final String RULE = "infection.epidural-collection";
	static final String ABSCESS = "abscess";
	static final String PHLEGMON = "phlegmon";
	static final String MIXED = "mixed (phlegmon with abscess)";
	static final String INDETERMINATE = "indeterminate";

	/** Component types judged as parts of a collection; scar, disc or tumor components are not. */
	private static final Set<CollectionType> COLLECTION_PARTS = EnumSet.of(CollectionType.ABSCESS,
			CollectionType.PHLEGMON, CollectionType.MIXED, CollectionType.INDETERMINATE);

	/** Solid enhancement patterns: phlegmon. */
	private static final Set<EnhancementPattern> SOLID = EnumSet.of(EnhancementPattern.HOMOGENEOUS,
			EnhancementPattern.HETEROGENEOUS, EnhancementPattern.DIFFUSE, EnhancementPattern.PATCHY);

	private EpiduralCollections() {
	}

	static List<Conclusion> decide(Report report) {
		List<Conclusion> out = new ArrayList<>();
		for (EpiduralFinding e : Findings.of(report, EpiduralFinding.class)) {
			if (Spondylodiscitis.isCollection(e) || e.getClassification() == CollectionType.INDETERMINATE
					&& (e.getNature() == LesionNature.INFECTIOUS || e.getNature() == LesionNature.UNDETERMINED)) {
				out.add(judge(e));
			}
		}
		return out;
	}

	/** @return the type the enhancement of a collection or component shows: ABSCESS, PHLEGMON or INDETERMINATE */
	static CollectionType byEnhancement(Enhancement enhancement) {
		if (Findings.isRim(enhancement)) {
			LesionCenter center = enhancement.getCenter();
			return center == LesionCenter.FLUID || center == LesionCenter.NECROTIC ? CollectionType.ABSCESS
					: CollectionType.INDETERMINATE;
		}
		if (Findings.enhances(enhancement) && SOLID.contains(enhancement.getPattern())) {
			return CollectionType.PHLEGMON;
		}
		return CollectionType.INDETERMINATE;
	}

	/**
	 * @return whether an epidural finding is or contains an abscess: by its
	 *         enhancement, or as recorded when the enhancement does not tell
	 */
	static boolean hasAbscess(EpiduralFinding e) {
		CollectionType derived = derived(e, new ArrayList<>());
		if (derived == CollectionType.INDETERMINATE) {
			derived = e.getClassification();
		}
		return derived == CollectionType.ABSCESS || derived == CollectionType.MIXED;
	}

	private static Conclusion judge(EpiduralFinding e) {
		List<Reason> reasons = new ArrayList<>();
		List<String> caveats = new ArrayList<>();
		CollectionType derived = derived(e, reasons);
		if (e.getDwi() == DiffusionResult.RESTRICTED) {
			reasons.add(new Reason(e.getId(), "restricted diffusion (supports liquefied pus)"));
		}
		if (e.getCordEffect() != CordEffect.NOT_ASSESSED) {
			reasons.add(new Reason(e.getId(), "cord/thecal sac effect: " + Findings.words(e.getCordEffect())));
		} else {
			caveats.add("Cord/thecal sac effect not recorded: record it for every infectious epidural lesion.");
		}
		String value = switch (derived) {
		case ABSCESS -> ABSCESS;
		case PHLEGMON -> PHLEGMON;
		case MIXED -> MIXED;
		default -> INDETERMINATE;
		};
		if (derived == CollectionType.ABSCESS || derived == CollectionType.MIXED) {
			caveats.add("Liquefied component: potentially drainable collection.");
		}
		if (derived == CollectionType.INDETERMINATE) {
			caveats.add("Enhancement does not separate abscess from phlegmon: record pattern and center.");
		}
		CollectionType recorded = e.getClassification();
		if (recorded != CollectionType.INDETERMINATE && recorded != derived && derived != CollectionType.INDETERMINATE) {
			caveats.add("Recorded as " + Findings.words(recorded) + ", the enhancement pattern suggests " + value + ".");
		}
		return new Conclusion(RULE, "Epidural collection " + Findings.levels(e), value, ConclusionLevel.SUGGESTION,
				reasons, caveats);
	}

	/**
	 * @return the type shown by enhancement, T2 and diffusion together: a rim
	 *         around a center that is not disc-like, with restricted diffusion, is
	 *         an abscess even when the center was only recorded as non-enhancing
	 */
	static CollectionType bySignal(Enhancement enhancement, SignalIntensity t2, DiffusionResult dwi) {
		CollectionType type = byEnhancement(enhancement);
		if (type == CollectionType.INDETERMINATE && Findings.isRim(enhancement)
				&& enhancement.getCenter() != LesionCenter.DISC_LIKE && dwi == DiffusionResult.RESTRICTED) {
			return CollectionType.ABSCESS;
		}
		return type;
	}

	/** @return "; T2 fluid-like hyperintense, restricted diffusion" for what was recorded, or "" */
	private static String signal(SignalIntensity t2, DiffusionResult dwi) {
		List<String> parts = new ArrayList<>();
		if (t2 != SignalIntensity.NOT_ASSESSED) {
			parts.add("T2 " + Findings.words(t2));
		}
		if (dwi == DiffusionResult.RESTRICTED) {
			parts.add("restricted diffusion (supports liquefied pus)");
		} else if (dwi != DiffusionResult.NOT_ASSESSED) {
			parts.add("DWI " + Findings.words(dwi));
		}
		return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
	}

	/** Derives the type from the components, or from the finding's own enhancement when it has none. */
	private static CollectionType derived(EpiduralFinding e, List<Reason> reasons) {
		boolean abscess = false;
		boolean phlegmon = false;
		if (e.getComponents().isEmpty()) {
			CollectionType type = bySignal(e.getEnhancement(), e.getT2(), e.getDwi());
			reasons.add(new Reason(e.getId(), describe(e.getEnhancement(), type)));
			abscess = type == CollectionType.ABSCESS;
			phlegmon = type == CollectionType.PHLEGMON;
		}
		for (Component c : e.getComponents()) {
			if (!COLLECTION_PARTS.contains(c.getType())) {
				continue;
			}
			CollectionType type = bySignal(c.getEnhancement(), c.getT2(), c.getDwi());
			reasons.add(new Reason(e.getId(), Findings.words(c.getType()) + " component " + Findings.levels(c) + ": "
					+ describe(c.getEnhancement(), type) + signal(c.getT2(), c.getDwi())));
			abscess |= type == CollectionType.ABSCESS;
			phlegmon |= type == CollectionType.PHLEGMON;
		}
		if (abscess && phlegmon) {
			return CollectionType.MIXED;
		}
		return abscess ? CollectionType.ABSCESS : phlegmon ? CollectionType.PHLEGMON : CollectionType.INDETERMINATE;
	}

	private static String describe(Enhancement enhancement, CollectionType type) {
		if (!Findings.enhances(enhancement)) {
			return "no enhancement recorded (indeterminate)";
		}
		StringBuilder text = new StringBuilder(Findings.words(enhancement.getPattern())).append(" enhancement");
		if (Findings.isRim(enhancement)) {
			text.append(" around a ").append(enhancement.getCenter() == LesionCenter.UNSPECIFIED ? "center not recorded"
					: Findings.words(enhancement.getCenter()) + " center");
			if (enhancement.getRimQuality() != RimQuality.UNSPECIFIED) {
				text.append(", ").append(Findings.words(enhancement.getRimQuality())).append(" rim");
			}
		}
		return text.append(" (").append(Findings.words(type)).append(')').toString();
	}
}
