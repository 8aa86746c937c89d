package org.spinerad.templates.tumor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spinerad.model.CordCompartment;
import org.spinerad.model.CordFinding;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.LeptomeningealPattern;
import org.spinerad.model.NeurologicalStatus;
import org.spinerad.model.Report;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.AcrCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/**
 * Leptomeningeal and dural enhancement (guide 5.7): nodular enhancement with a
 * known cancer strongly favors metastases; smooth enhancement has a broad
 * differential including recent lumbar puncture. Pial/leptomeningeal and dural
 * (pachymeningeal) enhancement are judged separately. Suspected leptomeningeal
 * metastases with a new neurological deficit are a critical result (ACR
 * category 2 in the example case).
 */
final class Leptomeningeal {

	static final String RULE = "tumor.leptomeningeal";
	static final String DURAL_RULE = "tumor.dural-enhancement";
	static final String METASTASES = "highly suggestive of leptomeningeal metastases";

	private Leptomeningeal() {
	}

	/** @return the leptomeningeal conclusion, if the report has leptomeningeal or root enhancement */
	static Optional<Conclusion> leptomeningeal(Report report) {
		List<Reason> reasons = new ArrayList<>();
		boolean nodular = false;
		boolean smooth = false;
		for (CordFinding c : Findings.of(report, CordFinding.class)) {
			boolean compartment = c.getCompartment() == CordCompartment.LEPTOMENINGEAL
					|| c.getCompartment() == CordCompartment.CAUDA_EQUINA_ROOTS;
			if (!compartment || !Findings.enhances(c.getEnhancement())
					&& c.getLeptomeningealPattern() == LeptomeningealPattern.NONE) {
				continue;
			}
			EnhancementPattern pattern = Findings.enhances(c.getEnhancement()) ? c.getEnhancement().getPattern()
					: EnhancementPattern.UNSPECIFIED;
			LeptomeningealPattern lm = c.getLeptomeningealPattern();
			if (lm == LeptomeningealPattern.NODULAR || lm == LeptomeningealPattern.MASS_FILLING_SAC
					|| pattern == EnhancementPattern.NODULAR) {
				nodular = true;
				reasons.add(new Reason(c.getId(), "nodular enhancement " + Findings.levels(c)
						+ (lm == LeptomeningealPattern.MASS_FILLING_SAC ? " (mass filling the sac)" : "")));
			} else if (lm == LeptomeningealPattern.SMOOTH_LINEAR || pattern == EnhancementPattern.LINEAR) {
				smooth = true;
				reasons.add(new Reason(c.getId(), "smooth linear enhancement " + Findings.levels(c)));
			} else {
				reasons.add(new Reason(c.getId(), Findings.words(pattern) + " enhancement " + Findings.levels(c)));
			}
			if (c.isRootsClumped() || c.isRootsThickened() || lm == LeptomeningealPattern.CLUMPED_ROOTS) {
				reasons.add(new Reason(c.getId(), "roots thickened or clumped"));
			}
		}
		if (reasons.isEmpty()) {
			return Optional.empty();
		}
		String known = report.getClinical() != null ? report.getClinical().getKnownPrimaryCancer() : null;
		boolean cancer = known != null && !known.isBlank();
		if (cancer) {
			reasons.add(new Reason(null, "known primary cancer: " + known));
		}
		String pattern = nodular && smooth ? "mixed smooth and nodular" : nodular ? "nodular" : smooth ? "smooth" : "other";
		String value;
		boolean metastases = nodular && cancer;
		if (metastases) {
			value = METASTASES + " (" + pattern + ")";
		} else if (nodular) {
			value = "nodular enhancement (" + pattern + "): metastases or granulomatous disease such as sarcoidosis";
		} else {
			value = "nonspecific " + pattern + " enhancement: meningitis, sarcoidosis, recent lumbar puncture, "
					+ "inflammatory polyradiculopathy or metastases";
		}
		Boolean documented = Reports.neurologicalDeficit(report);
		boolean deficit = Boolean.TRUE.equals(documented);
		if (metastases && deficit) {
			reasons.add(new Reason(null, "new neurological deficit"));
		}
		List<String> caveats = new ArrayList<>(List.of("MRI and CSF cytology are complementary: a negative cytology "
				+ "does not exclude leptomeningeal disease.", "Contrast MRI of the brain."));
		if (metastases && documented == null) {
			caveats.add("Neurological status " + (report.getClinical() != null
					&& report.getClinical().getNeurologicalStatus() == NeurologicalStatus.UNKNOWN ? "unknown"
							: "not documented")
					+ ": with a new deficit this is a critical result (ACR category 2).");
		}
		return Optional.of(new Conclusion(RULE, "Leptomeningeal enhancement", value,
				metastases && deficit ? ConclusionLevel.CRITICAL : ConclusionLevel.SUGGESTION, reasons,
				caveats,
				// not in the default mapping of guide 7.2; example case TUM-04 of the guide sets ACR category 2
				metastases && deficit ? AcrCategory.CATEGORY_2 : AcrCategory.NONE));
	}

	/** @return one conclusion per dural (pachymeningeal) enhancement */
	static List<Conclusion> dural(Report report) {
		List<Conclusion> out = new ArrayList<>();
		for (CordFinding c : Findings.of(report, CordFinding.class)) {
			if (c.getCompartment() != CordCompartment.PACHYMENINGEAL || !Findings.enhances(c.getEnhancement())) {
				continue;
			}
			EnhancementPattern pattern = c.getEnhancement().getPattern();
			String value = pattern == EnhancementPattern.LINEAR
					? "thin smooth dural enhancement: nonspecific (e.g. after lumbar puncture or surgery)"
					: Findings.words(pattern) + " dural enhancement: dural metastasis possible";
			out.add(new Conclusion(DURAL_RULE, "Dural enhancement " + Findings.levels(c), value,
					ConclusionLevel.SUGGESTION,
					List.of(new Reason(c.getId(), Findings.words(pattern) + " pachymeningeal enhancement")), List.of()));
		}
		return out;
	}
}
