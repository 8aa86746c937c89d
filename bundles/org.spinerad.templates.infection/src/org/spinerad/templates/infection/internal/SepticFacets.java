package org.spinerad.templates.infection.internal;

import java.util.ArrayList;
import java.util.List;

import org.spinerad.model.FacetExtension;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.Report;
import org.spinerad.model.Side;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/**
 * Septic facet arthritis (guide 4.3): effusion, articular erosion,
 * periarticular edema, enhancement and extension to the paraspinal or epidural
 * space. Erosion with periarticular edema is the core; an effusion alone is
 * degenerative-looking and yields no conclusion.
 */
final class SepticFacets {

	static final String RULE = "infection.septic-facet";
	static final String SUGGESTED = "septic facet arthritis suggested";
	static final String POSSIBLE = "septic facet arthritis possible";

	private SepticFacets() {
	}

	static List<Conclusion> decide(Report report) {
		List<Conclusion> out = new ArrayList<>();
		for (FacetFinding f : Findings.of(report, FacetFinding.class)) {
			boolean erosion = Boolean.TRUE.equals(f.getErosion());
			boolean edema = Boolean.TRUE.equals(f.getPeriarticularEdema());
			boolean effusion = Boolean.TRUE.equals(f.getEffusion());
			boolean extension = f.getExtension() != FacetExtension.NONE;
			if (!erosion && !edema) {
				continue;
			}
			List<Reason> reasons = new ArrayList<>();
			reasons.add(new Reason(f.getId(), "articular erosion: " + (erosion ? "yes" : "no")));
			reasons.add(new Reason(f.getId(), "periarticular edema: " + (edema ? "yes" : "no")));
			reasons.add(new Reason(f.getId(), "joint effusion: " + (effusion ? "yes" : "no")));
			if (Findings.enhances(f.getEnhancement())) {
				reasons.add(new Reason(f.getId(), Findings.words(f.getEnhancement().getPattern()) + " enhancement"));
			}
			if (extension) {
				reasons.add(new Reason(f.getId(), "extension: " + Findings.words(f.getExtension())));
			}
			String value = erosion && edema ? SUGGESTED : POSSIBLE;
			out.add(new Conclusion(RULE, "Facet joint " + Findings.levels(f)
					+ (f.getSide() == Side.UNSPECIFIED ? "" : " " + Findings.words(f.getSide())), value,
					ConclusionLevel.SUGGESTION, reasons,
					List.of("Correlate clinically; aspiration of the joint can confirm infection.")));
		}
		return out;
	}
}
