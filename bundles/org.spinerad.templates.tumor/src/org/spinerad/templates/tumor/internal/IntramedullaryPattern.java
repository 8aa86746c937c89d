package org.spinerad.templates.tumor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spinerad.model.AxialPosition;
import org.spinerad.model.CordCompartment;
import org.spinerad.model.CordFinding;
import org.spinerad.model.CordSignal;
import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementIntensity;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.Report;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/**
 * Intramedullary tumor pattern (guide 5.5): counts the features of
 * ependymoma, astrocytoma and hemangioblastoma that the structured fields
 * show, and ranks them. Margins, hemosiderin cap, cyst type and flow voids
 * have no field in the model and are left to the radiologist.
 */
final class IntramedullaryPattern {

	static final String RULE = "tumor.intramedullary";
	static final String EPENDYMOMA = "ependymoma";
	static final String ASTROCYTOMA = "astrocytoma";
	static final String HEMANGIOBLASTOMA = "hemangioblastoma";
	/** A lesion spanning at least this many vertebral segments is "long" (astrocytoma). */
	static final int LONG_SEGMENTS = 4;
	/** An enhancing lesion up to this size in mm is a nodule (hemangioblastoma). */
	static final double NODULE_MAX_MM = 15;

	private IntramedullaryPattern() {
	}

	static List<Conclusion> decide(Report report) {
		List<Conclusion> out = new ArrayList<>();
		List<CordFinding> cord = Findings.of(report, CordFinding.class);
		for (CordFinding lesion : cord) {
			if (lesion.getCompartment() == CordCompartment.INTRAMEDULLARY) {
				out.add(judge(lesion, cord));
			}
		}
		return out;
	}

	private static Conclusion judge(CordFinding lesion, List<CordFinding> cord) {
		Map<String, List<String>> features = new LinkedHashMap<>();
		features.put(EPENDYMOMA, new ArrayList<>());
		features.put(ASTROCYTOMA, new ArrayList<>());
		features.put(HEMANGIOBLASTOMA, new ArrayList<>());
		Enhancement e = lesion.getEnhancement();
		boolean enhances = Findings.enhances(e);
		EnhancementPattern pattern = enhances ? e.getPattern() : EnhancementPattern.UNSPECIFIED;
		boolean nodule = enhances && (pattern == EnhancementPattern.NODULAR || maxSize(lesion) > 0
				&& maxSize(lesion) <= NODULE_MAX_MM);

		if (lesion.getAxialPosition() == AxialPosition.CENTRAL) {
			features.get(EPENDYMOMA).add("central position");
		}
		if (pattern == EnhancementPattern.HOMOGENEOUS) {
			features.get(EPENDYMOMA).add("homogeneous enhancement");
		}
		if (lesion.isCyst() && !nodule) {
			features.get(EPENDYMOMA).add("associated cyst (polar cysts are typical)");
		}
		if (lesion.getAxialPosition() == AxialPosition.ECCENTRIC) {
			features.get(ASTROCYTOMA).add("eccentric position");
		}
		if (e != null && e.getPresence() == EnhancementPresence.NONE || pattern == EnhancementPattern.PATCHY
				|| pattern == EnhancementPattern.HETEROGENEOUS) {
			features.get(ASTROCYTOMA).add("absent, patchy or heterogeneous enhancement");
		}
		if (SpineLevel.segmentCount(lesion.getFrom(), lesion.getTo()) >= LONG_SEGMENTS) {
			features.get(ASTROCYTOMA).add("long lesion (" + Findings.levels(lesion) + ")");
		}
		if (lesion.getAxialPosition() == AxialPosition.DORSAL) {
			features.get(HEMANGIOBLASTOMA).add("dorsal (pial surface) position");
		}
		if (nodule && e.getIntensity() == EnhancementIntensity.AVID) {
			features.get(HEMANGIOBLASTOMA).add("avidly enhancing nodule");
		}
		if (nodule && lesion.isCyst()) {
			features.get(HEMANGIOBLASTOMA).add("cyst or syrinx with a small nodule");
		}
		if (nodule && cord.stream().anyMatch(c -> c != lesion && c.getCordSignal() == CordSignal.T2_HYPER
				&& SpineLevel.segmentCount(c.getFrom(), c.getTo()) > SpineLevel.segmentCount(lesion.getFrom(),
						lesion.getTo()) + 1)) {
			features.get(HEMANGIOBLASTOMA).add("cord edema out of proportion to the nodule");
		}

		List<String> ranked = new ArrayList<>(features.keySet());
		ranked.sort(Comparator.comparingInt((String k) -> features.get(k).size()).reversed());
		int best = features.get(ranked.get(0)).size();
		int second = features.get(ranked.get(1)).size();
		String value;
		if (best == 0) {
			value = "no typical pattern";
		} else if (best == second) {
			value = "indeterminate between " + ranked.get(0) + " and " + ranked.get(1);
		} else {
			value = ranked.get(0) + " favored; differential " + ranked.get(1) + ", " + ranked.get(2);
		}
		List<Reason> reasons = new ArrayList<>();
		features.forEach((tumor, list) -> list
				.forEach(feature -> reasons.add(new Reason(lesion.getId(), tumor + ": " + feature))));
		return new Conclusion(RULE, "Intramedullary lesion " + Findings.levels(lesion), value,
				ConclusionLevel.SUGGESTION, reasons,
				List.of("Margins, hemorrhage/hemosiderin cap, cyst type (polar or tumoral) and flow voids are not "
						+ "structured fields: weigh them from the remark.",
						"Contrast MRI of the brain and the remaining spine; neurosurgical referral."));
	}

	private static double maxSize(CordFinding lesion) {
		double max = 0;
		for (Double d : new Double[] { lesion.getApMm(), lesion.getTransverseMm(), lesion.getCraniocaudalMm() }) {
			if (d != null) {
				max = Math.max(max, d);
			}
		}
		return max;
	}
}
