package org.spinerad.templates.infection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spinerad.model.DiscFinding;
import org.spinerad.model.EndplateContour;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.Report;
import org.spinerad.model.SignalIntensity;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/**
 * A work-up without any infection conclusion still says what it checked: the
 * criteria of discitis-osteomyelitis and the collections that were looked for
 * and not found, instead of an empty decision support.
 */
final class NegativeWorkUp {

	static final String RULE = "infection.work-up";
	static final String NEGATIVE = "negative";

	private NegativeWorkUp() {
	}

	/** @param others the conclusions of the other infection rules: only when there are none is the work-up negative */
	static Optional<Conclusion> decide(Report report, List<Conclusion> others) {
		if (!others.isEmpty()) {
			return Optional.empty();
		}
		List<DiscFinding> discs = Findings.of(report, DiscFinding.class);
		List<MarrowFinding> marrow = Findings.of(report, MarrowFinding.class);
		List<String> absent = new ArrayList<>();
		if (discs.stream().noneMatch(d -> d.getT2() == SignalIntensity.FLUID_HYPER || d.getStir() == SignalIntensity.FLUID_HYPER)) {
			absent.add("no fluid-like disc signal");
		}
		if (discs.stream().noneMatch(d -> Findings.enhances(d.getEnhancement()))
				&& marrow.stream().noneMatch(m -> Findings.enhances(m.getEnhancement()))) {
			absent.add("no disc or endplate enhancement");
		}
		if (marrow.stream().noneMatch(m -> m.getEndplate() == EndplateContour.ERODED_DESTROYED)) {
			absent.add("no endplate erosion");
		}
		if (marrow.stream().noneMatch(Spondylodiscitis::edemaOrEnhancement)) {
			absent.add("no vertebral marrow edema");
		}
		boolean epidural = Findings.of(report, EpiduralFinding.class).stream().anyMatch(Spondylodiscitis::isCollection);
		boolean paraspinal = Findings.of(report, ParaspinalFinding.class).stream()
				.anyMatch(p -> Spondylodiscitis.INFECTIOUS_COLLECTIONS.contains(p.getCollection()));
		if (!epidural && !paraspinal) {
			absent.add("no epidural or paraspinal collection");
		}
		absent.add("no septic facet arthritis");
		List<Reason> reasons = new ArrayList<>();
		absent.forEach(a -> reasons.add(new Reason(null, a)));
		return Optional.of(new Conclusion(RULE, "Infection work-up", NEGATIVE + ": " + String.join(", ", absent),
				ConclusionLevel.INFO, reasons, List.of("Early infection can precede its MRI signs: if clinical "
						+ "suspicion persists (fever, rising CRP, bacteremia), consider short-interval follow-up MRI.")));
	}
}
