package org.spinerad.templates.infection.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import org.spinerad.model.DiscFinding;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.Report;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.levels.Vertebra;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/**
 * Non-contiguous ("skip") infectious involvement (guide 4.2): groups the
 * vertebrae touched by infectious marrow, disc, epidural, facet and paraspinal
 * findings into runs; more than one run means skip lesions. An absent
 * numbering variant (T13, L6) between two runs does not separate them.
 */
final class SkipLesions {

	static final String RULE = "infection.skip-lesions";
	static final String NONE = "none";
	static final String PRESENT = "present";

	/** One run of contiguous involved vertebrae (ordinals) with the findings touching it. */
	record Cluster(int top, int bottom, List<Finding> findings) {
		String levels() {
			String from = Vertebra.values()[top].label();
			return top == bottom ? from : from + " to " + Vertebra.values()[bottom].label();
		}
	}

	private SkipLesions() {
	}

	static Optional<Conclusion> decide(Report report) {
		List<Finding> involved = involved(report);
		if (involved.isEmpty()) {
			return Optional.empty();
		}
		List<Cluster> clusters = clusters(involved);
		boolean wholeSpine = Reports.coverage(report.getExam())
				.map(c -> c[0].position() <= SpineLevel.of(Vertebra.C2).position()
						&& c[1].position() >= SpineLevel.of(Vertebra.S1).position())
				.orElse(false);
		List<Reason> reasons = new ArrayList<>();
		for (Cluster c : clusters) {
			reasons.add(new Reason(c.findings().get(0).getId(), "infectious involvement " + c.levels() + " ("
					+ c.findings().stream().map(Finding::getId).toList() + ")"));
		}
		List<String> caveats = new ArrayList<>();
		if (!wholeSpine) {
			caveats.add("Whole spine not imaged: skip lesions cannot be excluded; pyogenic infection warrants "
					+ "whole-spine MRI.");
		}
		if (clusters.size() == 1) {
			return Optional.of(new Conclusion(RULE, "Skip lesions",
					NONE + (wholeSpine ? " on whole-spine imaging" : " in the imaged levels"), ConclusionLevel.INFO,
					reasons, caveats));
		}
		caveats.add("Report each site; uninvolved levels lie between them.");
		String value = PRESENT + ": " + String.join("; ", clusters.stream().map(Cluster::levels).toList());
		return Optional.of(new Conclusion(RULE, "Skip lesions", value, ConclusionLevel.SUGGESTION, reasons, caveats));
	}

	/** @return runs of contiguous infectious involvement, cranial first */
	static List<Cluster> clusters(Report report) {
		return clusters(involved(report));
	}

	private static List<Finding> involved(Report report) {
		List<Finding> involved = new ArrayList<>();
		involved.addAll(Findings.infectious(report, MarrowFinding.class));
		involved.addAll(Findings.infectious(report, DiscFinding.class));
		involved.addAll(Findings.infectious(report, EpiduralFinding.class));
		involved.addAll(Findings.infectious(report, FacetFinding.class));
		involved.addAll(Findings.infectious(report, ParaspinalFinding.class));
		return involved;
	}

	private static List<Cluster> clusters(List<Finding> involved) {
		BitSet set = new BitSet();
		involved.forEach(f -> set.or(Findings.vertebrae(f)));
		List<Cluster> clusters = new ArrayList<>();
		int start = set.nextSetBit(0);
		while (start >= 0) {
			int end = start;
			int next = set.nextSetBit(end + 1);
			while (next >= 0 && onlyVariantsBetween(end, next)) {
				end = next;
				next = set.nextSetBit(end + 1);
			}
			int top = start;
			int bottom = end;
			clusters.add(new Cluster(top, bottom,
					involved.stream().filter(f -> Findings.overlaps(f, top, bottom)).toList()));
			start = next;
		}
		return clusters;
	}

	private static boolean onlyVariantsBetween(int upper, int lower) {
		for (int i = upper + 1; i < lower; i++) {
			if (!Vertebra.values()[i].isVariant()) {
				return false;
			}
		}
		return true;
	}
}
