package org.spinerad.templates.tumor.internal;

import java.util.ArrayList;
import java.util.List;

import org.spinerad.model.CollectionType;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.Laterality;
import org.spinerad.model.LesionNature;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.Report;
import org.spinerad.templates.Reason;

/**
 * Pathologic (malignant) versus osteoporotic (benign) compression fracture
 * (guide 5.2): a two-column checklist over the findings. Enhancement is not
 * used because it does not discriminate. The band-like fracture line of the
 * guide has no field in the model and is not counted.
 */
public final class FractureChecklist {

	/** The suggestion of the checklist. */
	public enum Verdict {
		MALIGNANT("favors malignant (pathologic)"), BENIGN("favors benign osteoporotic"), INDETERMINATE("indeterminate");

		private final String label;

		Verdict(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Items of each column that the findings show, and the verdict. */
	public record Result(Verdict verdict, List<Reason> malignant, List<Reason> benign) {

		public Result {
			malignant = List.copyOf(malignant);
			benign = List.copyOf(benign);
		}
	}

	/** At least this many items of one column, and more than of the other, decide. */
	static final int MIN_ITEMS = 2;

	private FractureChecklist() {
	}

	/** @return whether a marrow finding is a compression fracture the checklist applies to */
	public static boolean applies(MarrowFinding m) {
		return m.getCollapsePercent() != null && m.getCollapsePercent() > 0 && m.getNature() != LesionNature.INFECTIOUS;
	}

	/** @return the checklist of one fractured vertebra within its report */
	public static Result evaluate(MarrowFinding fracture, Report report) {
		String id = fracture.getId();
		int top = Findings.top(fracture);
		int bottom = Findings.bottom(fracture);
		List<Reason> malignant = new ArrayList<>();
		List<Reason> benign = new ArrayList<>();

		if (Boolean.TRUE.equals(fracture.getCompleteReplacement())) {
			malignant.add(new Reason(id, "complete/near-complete T1 replacement of the body"));
		} else if (Boolean.FALSE.equals(fracture.getCompleteReplacement())) {
			benign.add(new Reason(id, "preserved fatty marrow in part of the body"));
		}
		if (Boolean.TRUE.equals(fracture.getConvexPosteriorCortex())) {
			malignant.add(new Reason(id, "convex bulging of the posterior cortex"));
		}
		if (Boolean.TRUE.equals(fracture.getRetropulsion())) {
			benign.add(new Reason(id, "retropulsion of a posterosuperior fragment"));
		}
		Laterality posterior = fracture.getPosteriorElements();
		if (posterior == Laterality.LEFT || posterior == Laterality.RIGHT || posterior == Laterality.BILATERAL) {
			malignant.add(new Reason(id, "involvement of pedicle/posterior elements (" + posterior + ")"));
		}
		if (Boolean.TRUE.equals(fracture.getFluidSign())) {
			benign.add(new Reason(id, "fluid sign (fluid-bright cleft next to the endplate)"));
		}

		Finding mass = softTissueMass(report, top, bottom);
		if (mass != null) {
			malignant.add(new Reason(mass.getId(), "epidural or paraspinal soft-tissue mass at " + Findings.levels(mass)));
		} else if (epiduralMass(report, top, bottom) == null) {
			benign.add(new Reason(id, "no epidural mass at " + Findings.levels(fracture)));
		}

		for (MarrowFinding other : Findings.of(report, MarrowFinding.class)) {
			if (other == fracture || Findings.overlaps(other, top, bottom)) {
				continue;
			}
			if (other.getNature() == LesionNature.NEOPLASTIC) {
				malignant.add(new Reason(other.getId(), "other marrow lesion at " + Findings.levels(other)));
			} else if (applies(other)) {
				benign.add(new Reason(other.getId(), "another compression fracture at " + Findings.levels(other)
						+ " (multiple compression fractures)"));
			}
		}
		return new Result(verdict(malignant.size(), benign.size()), malignant, benign);
	}

	static Verdict verdict(int malignant, int benign) {
		if (malignant >= MIN_ITEMS && malignant > benign) {
			return Verdict.MALIGNANT;
		}
		if (benign >= MIN_ITEMS && benign > malignant) {
			return Verdict.BENIGN;
		}
		return Verdict.INDETERMINATE;
	}

	private static Finding softTissueMass(Report report, int top, int bottom) {
		Finding epidural = epiduralMass(report, top, bottom);
		if (epidural != null) {
			return epidural;
		}
		return Findings.of(report, ParaspinalFinding.class).stream()
				.filter(p -> Findings.overlaps(p, top, bottom)
						&& (p.getCollection() == CollectionType.TUMOR || p.getNature() == LesionNature.NEOPLASTIC))
				.findFirst().orElse(null);
	}

	private static Finding epiduralMass(Report report, int top, int bottom) {
		return Findings.of(report, EpiduralFinding.class).stream()
				.filter(e -> Findings.overlaps(e, top, bottom)
						&& (e.getClassification() == CollectionType.TUMOR || e.getNature() == LesionNature.NEOPLASTIC))
				.findFirst().orElse(null);
	}
}
