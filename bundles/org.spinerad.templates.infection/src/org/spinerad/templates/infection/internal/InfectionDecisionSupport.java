package org.spinerad.templates.infection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spinerad.model.CordEffect;
import org.spinerad.model.CordFinding;
import org.spinerad.model.CordSignal;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.LesionNature;
import org.spinerad.model.Report;
import org.spinerad.templates.AcrCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.DecisionSupport;
import org.spinerad.templates.Reason;

/**
 * Decision support of the spinal infection template (domain guide section 4):
 * critical compression, epidural abscess versus phlegmon, spondylodiscitis
 * versus Modic 1 change per disc level, septic facet arthritis, tuberculous
 * discriminators and skip lesions; a work-up without any of these says which
 * criteria it found absent. Never computes Bilsky or SINS: those scales
 * are for neoplastic disease; infection uses the generic cord effect scale.
 */
public class InfectionDecisionSupport implements DecisionSupport {

	/** Rule id of the critical-result conclusion. */
	public static final String CRITICAL_RULE = "infection.critical";
	/** Default number of TB discriminators from which TB is suggested (guide 4.4: "suggest >= 3"). */
	public static final int DEFAULT_TB_THRESHOLD = 3;

	private final int tbThreshold;

	/** Decision support with the default TB threshold of 3 discriminators. */
	public InfectionDecisionSupport() {
		this(DEFAULT_TB_THRESHOLD);
	}

	/**
	 * @param tbThreshold number of TB discriminators from which "consider
	 *                    tuberculous/granulomatous spondylitis" is suggested
	 * @throws IllegalArgumentException if the threshold is below 1
	 */
	public InfectionDecisionSupport(int tbThreshold) {
		if (tbThreshold < 1) {
			throw new IllegalArgumentException("The TB threshold must be at least 1, got " + tbThreshold);
		}
		this.tbThreshold = tbThreshold;
	}

	/** @return the number of TB discriminators from which TB is suggested */
	public int tbThreshold() {
		return tbThreshold;
	}

	@Override
	public List<Conclusion> decide(Report report) {
		List<Conclusion> out = new ArrayList<>();
		critical(report).ifPresent(out::add);
		out.addAll(EpiduralCollections.decide(report));
		out.addAll(Spondylodiscitis.decide(report));
		out.addAll(SepticFacets.decide(report));
		TbDiscriminators.decide(report, tbThreshold).ifPresent(out::add);
		SkipLesions.decide(report).ifPresent(out::add);
		NegativeWorkUp.decide(report, out).ifPresent(out::add);
		out.sort(Findings.IMPORTANCE);
		return List.copyOf(out);
	}

	/**
	 * Any cord or cauda equina compression by infection is a critical result
	 * (guide 4.2), and so is an epidural abscess (guide 7.2: ACR category 1 by
	 * default).
	 */
	static Optional<Conclusion> critical(Report report) {
		List<Reason> reasons = new ArrayList<>();
		List<String> values = new ArrayList<>();
		List<CordFinding> cord = Findings.of(report, CordFinding.class);
		for (EpiduralFinding e : Findings.of(report, EpiduralFinding.class)) {
			boolean infectious = e.getNature() == LesionNature.INFECTIOUS || Spondylodiscitis.isCollection(e);
			if (!infectious) {
				continue;
			}
			CordEffect effect = e.getCordEffect();
			boolean cordCompressed = effect == CordEffect.COMPRESSION_CSF_PRESERVED
					|| effect == CordEffect.COMPRESSION_NO_CSF;
			boolean caudaCompressed = Boolean.TRUE.equals(e.getCaudaEquinaCompression());
			String where = e.getWorstLevel() != null ? e.getWorstLevel().toString() : Findings.levels(e);
			if (cordCompressed) {
				values.add("cord compression by infection at " + where);
				reasons.add(new Reason(e.getId(), "cord compressed (" + Findings.words(effect) + ") by "
						+ description(e) + " at " + where));
				cord.stream()
						.filter(c -> c.getCordSignal() == CordSignal.T2_HYPER
								&& Findings.overlaps(c, Findings.top(e), Findings.bottom(e)))
						.forEach(c -> reasons.add(new Reason(c.getId(), "cord T2 hyperintensity (edema) at "
								+ Findings.levels(c))));
			}
			if (caudaCompressed) {
				values.add("cauda equina compression by infection at " + where);
				reasons.add(new Reason(e.getId(), "cauda equina compressed by " + description(e) + " at " + where));
			}
			if (EpiduralCollections.hasAbscess(e)) {
				values.add("epidural abscess " + Findings.levels(e));
				reasons.add(new Reason(e.getId(), "epidural abscess (ACR category 1 by default, guide 7.2)"));
			}
		}
		if (reasons.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Conclusion(CRITICAL_RULE, "Critical result", String.join("; ", values),
				ConclusionLevel.CRITICAL, reasons,
				List.of("Communicate non-routinely (ACR category 1: within minutes, person to person) and document "
						+ "the communication.", "Urgent spine surgical consultation."),
				// guide 7.2: cord/cauda equina compression and epidural abscess -> ACR category 1 (4.2: any
				// compression by infection is critical)
				AcrCategory.CATEGORY_1));
	}

	private static String description(EpiduralFinding e) {
		return e.getDescription() != null ? e.getDescription() : "epidural " + Findings.words(e.getClassification());
	}
}
