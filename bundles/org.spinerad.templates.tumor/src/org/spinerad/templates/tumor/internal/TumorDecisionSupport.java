package org.spinerad.templates.tumor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spinerad.model.Alignment;
import org.spinerad.model.BoneLesionType;
import org.spinerad.model.CollectionType;
import org.spinerad.model.CordEffect;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.Laterality;
import org.spinerad.model.LesionNature;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.PainCharacter;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.AcrCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.DecisionSupport;
import org.spinerad.templates.Reason;

/**
 * Decision support of the spinal tumor template (domain guide section 5): SINS
 * per neoplastic marrow lesion, Bilsky/ESCC grade per neoplastic epidural
 * finding (grade 0 for neoplastic marrow lesions without epidural tumor), the
 * pathologic versus osteoporotic fracture checklist, intramedullary and
 * leptomeningeal patterns, and the critical results. SINS and Bilsky are never
 * computed for non-neoplastic lesions.
 */
public class TumorDecisionSupport implements DecisionSupport {

	public static final String SINS_RULE = "tumor.sins";
	public static final String BILSKY_RULE = "tumor.bilsky";
	public static final String FRACTURE_RULE = "tumor.fracture";
	public static final String CRITICAL_RULE = "tumor.critical";
	/** SINS from which surgical consultation is recommended (guide 5.4). */
	public static final int SINS_CONSULTATION = 7;
	/** SINS from which the spine is unstable. */
	public static final int SINS_UNSTABLE = 13;
	static final String APPLIED_BY_EXTENSION = "applied by extension (cauda equina)";
	static final String SINS_NOT_COMPUTED = "not computed (asymptomatic sclerotic lesion)";

	/** Decision support of the tumor template; it has no settings. */
	public TumorDecisionSupport() {
		// nothing to configure
	}

	@Override
	public List<Conclusion> decide(Report report) {
		List<Conclusion> out = new ArrayList<>();
		PainCharacter pain = report.getClinical() != null ? report.getClinical().getPain() : PainCharacter.NOT_DOCUMENTED;
		List<MarrowFinding> lesions = Findings.neoplastic(report, MarrowFinding.class);
		List<EpiduralFinding> epidural = Findings.neoplastic(report, EpiduralFinding.class);
		Map<MarrowFinding, Conclusion> sins = new LinkedHashMap<>();
		for (MarrowFinding lesion : lesions) {
			sins.put(lesion, sins(lesion, pain, replacedFacets(report, lesion)));
		}
		List<Conclusion> bilsky = new ArrayList<>();
		for (EpiduralFinding e : epidural) {
			bilsky.add(bilsky(e));
		}
		for (MarrowFinding lesion : lesions) {
			if (epidural.stream().noneMatch(e -> Findings.overlaps(e, Findings.top(lesion), Findings.bottom(lesion)))) {
				bilsky.add(bilskyZero(lesion, report));
			}
		}
		for (EpiduralFinding e : Findings.of(report, EpiduralFinding.class)) {
			if (e.getClassification() == CollectionType.TUMOR && e.getNature() == LesionNature.UNDETERMINED) {
				bilsky.add(new Conclusion(BILSKY_RULE, "Bilsky " + Findings.levels(e), "not graded: nature not recorded",
						ConclusionLevel.WARNING,
						List.of(new Reason(e.getId(), "epidural tumor without a recorded neoplastic nature")),
						List.of("Record the nature as neoplastic to grade ESCC; Bilsky is never graded for "
								+ "non-neoplastic disease.")));
			}
		}
		critical(report, epidural, sins).ifPresent(out::add);
		out.addAll(bilsky);
		out.addAll(sins.values());
		for (MarrowFinding m : Findings.of(report, MarrowFinding.class)) {
			if (FractureChecklist.applies(m)) {
				out.add(fracture(m, report));
			}
		}
		out.addAll(IntramedullaryPattern.decide(report));
		Leptomeningeal.leptomeningeal(report).ifPresent(out::add);
		out.addAll(Leptomeningeal.dural(report));
		out.sort(Findings.IMPORTANCE);
		return List.copyOf(out);
	}

	// ------------------------------------------------------------------ SINS

	/**
	 * An asymptomatic sclerotic lesion: blastic, without collapse, malalignment
	 * or posterolateral involvement, and without mechanical pain. Its SINS is
	 * not computed (example case TUM-04); the radiologist may still score it.
	 */
	static boolean asymptomaticSclerotic(MarrowFinding lesion, PainCharacter pain, List<FacetFinding> replacedFacets) {
		Integer collapse = lesion.getCollapsePercent();
		return lesion.getBoneLesion() == BoneLesionType.BLASTIC && (collapse == null || collapse == 0)
				&& (lesion.getAlignment() == Alignment.NORMAL || lesion.getAlignment() == Alignment.NOT_ASSESSED)
				&& (lesion.getPosteriorElements() == Laterality.NONE
						|| lesion.getPosteriorElements() == Laterality.NOT_ASSESSED)
				&& pain != PainCharacter.MECHANICAL && replacedFacets.isEmpty();
	}

	/** @return the facet findings at the lesion's levels whose articular process is replaced by tumour */
	static List<FacetFinding> replacedFacets(Report report, MarrowFinding lesion) {
		return Findings.of(report, FacetFinding.class).stream()
				.filter(f -> Boolean.TRUE.equals(f.getTumorReplacement())
						&& Findings.overlaps(f, Findings.top(lesion), Findings.bottom(lesion)))
				.toList();
	}

	private static Conclusion sins(MarrowFinding lesion, PainCharacter pain, List<FacetFinding> replacedFacets) {
		String label = "SINS " + Findings.levels(lesion);
		if (asymptomaticSclerotic(lesion, pain, replacedFacets)) {
			return new Conclusion(SINS_RULE, label, SINS_NOT_COMPUTED, ConclusionLevel.INFO,
					List.of(new Reason(lesion.getId(), "blastic lesion without collapse, malalignment or "
							+ "posterolateral involvement"), new Reason(null, "no mechanical pain")),
					List.of("Score SINS on request, e.g. before radiotherapy planning."));
		}
		Sins.Score score = Sins.score(lesion, pain, replacedFacets);
		List<Reason> reasons = new ArrayList<>();
		for (Sins.Part part : score.parts()) {
			reasons.add(new Reason(part.name().equals("pain") ? null : lesion.getId(), part.text()));
		}
		List<String> caveats = new ArrayList<>();
		if (score.min() >= SINS_UNSTABLE) {
			caveats.add("SINS " + SINS_UNSTABLE + " or more (unstable): urgent spine surgical consultation.");
		} else if (score.min() >= SINS_CONSULTATION) {
			caveats.add("SINS " + SINS_CONSULTATION + " or more (potentially unstable): surgical consultation "
					+ "recommended before radiotherapy.");
		} else if (score.max() >= SINS_CONSULTATION) {
			caveats.add("SINS may reach " + SINS_CONSULTATION + " or more once the missing inputs are known: "
					+ "surgical consultation if so.");
		}
		if (!score.unknowns().isEmpty()) {
			caveats.add("Missing inputs: " + String.join(", ", score.unknowns()) + "; the total is shown as a range.");
		}
		if (lesion.getTo() != null && !lesion.getTo().equals(lesion.getFrom())) {
			caveats.add("Lesion over several levels: location scored at its highest-scoring vertebra.");
		}
		ConclusionLevel level = score.min() >= SINS_UNSTABLE ? ConclusionLevel.CRITICAL
				: score.max() >= SINS_CONSULTATION ? ConclusionLevel.SUGGESTION : ConclusionLevel.INFO;
		// guide 7.2: unstable SINS -> ACR category 1-2; SINS 7-12 -> category 2-3 (a range reaching 7 counts)
		AcrCategory category = score.min() >= SINS_UNSTABLE ? AcrCategory.CATEGORY_1_2
				: score.max() >= SINS_CONSULTATION ? AcrCategory.CATEGORY_2_3 : AcrCategory.NONE;
		return new Conclusion(SINS_RULE, label, score.value(), level, reasons, caveats, category);
	}

	// ------------------------------------------------------------------ Bilsky

	private static Conclusion bilsky(EpiduralFinding e) {
		SpineLevel level = e.getWorstLevel() != null ? e.getWorstLevel() : e.getFrom();
		boolean byExtension = e.getCordEffect() == CordEffect.NOT_APPLICABLE_BELOW_CONUS || Bilsky.belowConus(level);
		Bilsky.Result result = Bilsky.grade(e.getThecalSacDeformed(), e.getCordEffect(), e.getCaudaEquinaCompression());
		List<Reason> reasons = new ArrayList<>();
		reasons.add(new Reason(e.getId(), "epidural tumor " + Findings.levels(e)));
		reasons.add(new Reason(e.getId(), "thecal sac deformed: " + yesNo(e.getThecalSacDeformed())));
		reasons.add(new Reason(e.getId(), "cord effect: " + Findings.words(e.getCordEffect())));
		if (e.getCaudaEquinaCompression() != null) {
			reasons.add(new Reason(e.getId(), "cauda equina compression: " + yesNo(e.getCaudaEquinaCompression())));
		}
		reasons.add(new Reason(e.getId(), result.text()));
		List<String> caveats = new ArrayList<>();
		if (e.getWorstLevel() == null) {
			caveats.add("Level of worst compression not recorded: grade on axial T2 at that level.");
		}
		if (byExtension) {
			caveats.add("Below the conus: ESCC " + APPLIED_BY_EXTENSION + "; describe thecal sac and cauda equina "
					+ "compression.");
		}
		String label = "Bilsky " + level;
		return switch (result.outcome()) {
		case CONTRADICTION -> new Conclusion(BILSKY_RULE, label, "not graded: inconsistent inputs",
				ConclusionLevel.WARNING, reasons, withFirst("Inconsistent inputs: " + result.text() + ".", caveats));
		case INCOMPLETE -> new Conclusion(BILSKY_RULE, label, "not graded: inputs missing", ConclusionLevel.WARNING,
				reasons, withFirst("Missing inputs: " + result.text() + ".", caveats));
		case GRADED -> {
			Bilsky.Grade grade = result.grade();
			if (grade == Bilsky.Grade.G1C) {
				caveats.add("Grade 1c is a grey zone between low and high grade.");
			}
			if (grade.highGrade()) {
				caveats.add("High-grade ESCC: decompression is usually considered before radiotherapy unless the "
						+ "tumor is highly radiosensitive.");
			}
			ConclusionLevel lvl = grade.highGrade() ? ConclusionLevel.CRITICAL
					: grade == Bilsky.Grade.G1C ? ConclusionLevel.SUGGESTION : ConclusionLevel.INFO;
			// guide 5.3 (grade >= 2 is critical) and 7.2 (cord/cauda equina compression of any cause, ESCC 2-3:
			// ACR category 1; the guide's "high-grade ESCC without deficit: 1-2" is covered by a category 1 record)
			yield new Conclusion(BILSKY_RULE, label, value(grade, byExtension), lvl, reasons, caveats,
					grade.highGrade() ? AcrCategory.CATEGORY_1 : AcrCategory.NONE);
		}
		};
	}

	private static Conclusion bilskyZero(MarrowFinding lesion, Report report) {
		List<Reason> reasons = new ArrayList<>();
		reasons.add(new Reason(lesion.getId(), "tumor confined to bone at " + Findings.levels(lesion)));
		Optional<Region> region = Reports.region(report, RegionKind.EPIDURAL);
		String statement = region.filter(Region::isNormal).map(Region::getStatement).orElse(null);
		reasons.add(new Reason(null, "no epidural tumor recorded at this level"
				+ (statement != null ? " (epidural region: " + statement + ")" : "")));
		boolean byExtension = Bilsky.belowConus(lesion.getFrom());
		// a breached posterior cortex opens the way to the epidural space: grade 0 only after looking there
		List<String> caveats = Boolean.TRUE.equals(lesion.getPosteriorCorticalBreach())
				? List.of("Posterior cortical breach at " + Findings.levels(lesion) + ": check the epidural space at this "
						+ "level on axial T2 and post-contrast T1 before accepting grade 0.")
				: List.of();
		return new Conclusion(BILSKY_RULE, "Bilsky " + Findings.levels(lesion), value(Bilsky.Grade.G0, byExtension),
				ConclusionLevel.INFO, reasons, caveats);
	}

	private static String value(Bilsky.Grade grade, boolean byExtension) {
		return grade.label() + (byExtension ? ", " + APPLIED_BY_EXTENSION : "");
	}

	// ------------------------------------------------------------------ fracture

	private static Conclusion fracture(MarrowFinding m, Report report) {
		FractureChecklist.Result result = FractureChecklist.evaluate(m, report);
		List<Reason> reasons = new ArrayList<>();
		result.malignant().forEach(r -> reasons.add(new Reason(r.findingId(), "favors malignant: " + r.text())));
		result.benign().forEach(r -> reasons.add(new Reason(r.findingId(), "favors benign: " + r.text())));
		List<String> caveats = new ArrayList<>();
		caveats.add("Enhancement alone does not discriminate: both can enhance intensely and heterogeneously.");
		if (result.verdict() == FractureChecklist.Verdict.INDETERMINATE) {
			caveats.add("Indeterminate: recommend follow-up MRI or biopsy.");
		}
		if (result.verdict() == FractureChecklist.Verdict.MALIGNANT && m.getNature() == LesionNature.OSTEOPOROTIC
				|| result.verdict() == FractureChecklist.Verdict.BENIGN && m.getNature() == LesionNature.NEOPLASTIC) {
			caveats.add("Recorded nature (" + m.getNature() + ") differs from the checklist: review.");
		}
		// guide 7.2: indeterminate fracture -> ACR category 2-3
		return new Conclusion(FRACTURE_RULE, "Compression fracture " + Findings.levels(m), result.verdict().label(),
				ConclusionLevel.SUGGESTION, reasons, caveats,
				result.verdict() == FractureChecklist.Verdict.INDETERMINATE ? AcrCategory.CATEGORY_2_3
						: AcrCategory.NONE);
	}

	// ------------------------------------------------------------------ critical

	/**
	 * Critical results (guide 5.3 and 7.2): cord or cauda equina compression by
	 * tumor (ESCC 2-3) also when the inputs contradict each other, an unstable
	 * SINS, and suspected leptomeningeal metastases with a new deficit.
	 */
	private static Optional<Conclusion> critical(Report report, List<EpiduralFinding> epidural,
			Map<MarrowFinding, Conclusion> sins) {
		List<Reason> reasons = new ArrayList<>();
		List<String> values = new ArrayList<>();
		AcrCategory[] category = { AcrCategory.NONE };
		for (EpiduralFinding e : epidural) {
			SpineLevel level = e.getWorstLevel() != null ? e.getWorstLevel() : e.getFrom();
			Bilsky.Result result = Bilsky.grade(e.getThecalSacDeformed(), e.getCordEffect(),
					e.getCaudaEquinaCompression());
			boolean compressed = e.getCordEffect() == CordEffect.COMPRESSION_CSF_PRESERVED
					|| e.getCordEffect() == CordEffect.COMPRESSION_NO_CSF
					|| Boolean.TRUE.equals(e.getCaudaEquinaCompression());
			if (result.grade() != null && result.grade().highGrade()) {
				values.add("high-grade ESCC (Bilsky " + result.grade().label() + ") at " + level);
				reasons.add(new Reason(e.getId(), result.text()));
				category[0] = AcrCategory.CATEGORY_1; // guide 7.2: cord compression, ESCC 2-3
			} else if (compressed) {
				values.add("cord or cauda equina compression by tumor at " + level);
				reasons.add(new Reason(e.getId(), "compression recorded (" + Findings.words(e.getCordEffect()) + ")"));
				category[0] = AcrCategory.CATEGORY_1; // guide 7.2: cord/cauda equina compression of any cause
			}
		}
		sins.forEach((lesion, s) -> {
			if (s.level() == ConclusionLevel.CRITICAL) {
				values.add("SINS " + s.value() + " at " + Findings.levels(lesion));
				reasons.add(new Reason(lesion.getId(), "SINS " + s.value()));
				category[0] = category[0].moreUrgent(s.acrCategory());
			}
		});
		Leptomeningeal.leptomeningeal(report).filter(c -> c.level() == ConclusionLevel.CRITICAL).ifPresent(c -> {
			values.add("suspected leptomeningeal metastases with a new neurological deficit");
			reasons.addAll(c.reasons());
			category[0] = category[0].moreUrgent(c.acrCategory());
		});
		if (values.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Conclusion(CRITICAL_RULE, "Critical result", String.join("; ", values),
				ConclusionLevel.CRITICAL, reasons,
				List.of("Communicate non-routinely and document the communication (ACR category 1 for cord "
						+ "compression; 1-2 for unstable SINS; 2 for leptomeningeal disease with a new deficit)."),
				category[0]));
	}

	private static String yesNo(Boolean value) {
		return value == null ? "not recorded" : value ? "yes" : "no";
	}

	private static List<String> withFirst(String first, List<String> rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}
}
