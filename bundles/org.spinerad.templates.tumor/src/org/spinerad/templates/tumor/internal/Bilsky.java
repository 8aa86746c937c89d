package org.spinerad.templates.tumor.internal;

import org.spinerad.model.CordEffect;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.levels.Vertebra;

/**
 * Bilsky / ESCC grade of epidural tumor (guide 5.3), derived from the atomic
 * inputs of the model: whether the thecal sac is deformed and the effect on the
 * cord (generic scale: none, contact, deformation of the thecal sac,
 * compression with or without CSF around the cord). Contradictory inputs give
 * no grade but a problem to fix.
 * <p>
 * Below the conus the scale is applied by extension to the thecal sac and
 * cauda equina (product decision of the guide): cauda equina compression is
 * graded 2, since the model does not record CSF around the roots.
 */
public final class Bilsky {

	/** ESCC grades. */
	public enum Grade {
		G0("0"), G1A("1a"), G1B("1b"), G1C("1c"), G2("2"), G3("3");

		private final String label;

		Grade(String label) {
			this.label = label;
		}

		/** @return "0", "1a", ..., "3" */
		public String label() {
			return label;
		}

		/** @return whether this is high-grade ESCC (2 or 3): a critical result */
		public boolean highGrade() {
			return this == G2 || this == G3;
		}
	}

	/** How the grading went. */
	public enum Outcome {
		GRADED, CONTRADICTION, INCOMPLETE
	}

	/**
	 * @param outcome graded, or why not
	 * @param grade   the grade, null unless graded
	 * @param text    what the grade means, or what is inconsistent or missing
	 */
	public record Result(Outcome outcome, Grade grade, String text) {

		static Result graded(Grade grade, String text) {
			return new Result(Outcome.GRADED, grade, text);
		}

		static Result contradiction(String text) {
			return new Result(Outcome.CONTRADICTION, null, text);
		}

		static Result incomplete(String text) {
			return new Result(Outcome.INCOMPLETE, null, text);
		}
	}

	private static final SpineLevel L1 = SpineLevel.of(Vertebra.L1);

	private Bilsky() {
	}

	/** @return whether a level lies below the conus (caudal to the L1 vertebra) */
	public static boolean belowConus(SpineLevel level) {
		return level != null && level.position() > L1.position();
	}

	/**
	 * Grades one epidural tumor.
	 *
	 * @param thecalSacDeformed      whether the thecal sac is deformed; null when not recorded
	 * @param effect                 effect on the cord (or thecal sac)
	 * @param caudaEquinaCompression compression of the cauda equina; null when not recorded
	 */
	public static Result grade(Boolean thecalSacDeformed, CordEffect effect, Boolean caudaEquinaCompression) {
		boolean sacNotDeformed = Boolean.FALSE.equals(thecalSacDeformed);
		boolean cauda = Boolean.TRUE.equals(caudaEquinaCompression);
		return switch (effect) {
		case COMPRESSION_NO_CSF -> sacNotDeformed
				? Result.contradiction("cord compression recorded, but the thecal sac is recorded as not deformed")
				: Result.graded(Grade.G3, "cord compressed, no CSF visible around the cord");
		case COMPRESSION_CSF_PRESERVED -> sacNotDeformed
				? Result.contradiction("cord compression recorded, but the thecal sac is recorded as not deformed")
				: Result.graded(Grade.G2, "cord compressed, CSF still visible around the cord");
		case CONTACT -> sacNotDeformed
				? Result.contradiction("tumor abuts the cord, but the thecal sac is recorded as not deformed")
				: Result.graded(Grade.G1C, "thecal sac deformed, tumor abuts the cord without compressing it");
		case DEFORMATION -> sacNotDeformed
				? Result.contradiction("thecal sac deformation recorded as effect, but the thecal sac is recorded as "
						+ "not deformed")
				: Result.graded(Grade.G1B, "thecal sac deformed, cord not touched");
		case NONE -> cauda
				? Result.contradiction("cauda equina compression recorded, but no effect on the cord or thecal sac")
				: Boolean.TRUE.equals(thecalSacDeformed)
						? Result.graded(Grade.G1B, "thecal sac deformed, cord not touched")
						: Result.graded(Grade.G1A, "epidural tumor, thecal sac not deformed");
		case NOT_APPLICABLE_BELOW_CONUS -> belowConus(thecalSacDeformed, cauda);
		case NOT_ASSESSED -> {
			if (sacNotDeformed) {
				yield cauda ? Result.contradiction("cauda equina compression recorded, but the thecal sac is recorded "
						+ "as not deformed") : Result.graded(Grade.G1A, "epidural tumor, thecal sac not deformed");
			}
			yield thecalSacDeformed == null ? Result.incomplete("thecal sac deformation and cord effect not recorded")
					: Result.incomplete("thecal sac deformed, but the cord effect is not assessed (grade 1b to 3)");
		}
		};
	}

	private static Result belowConus(Boolean thecalSacDeformed, boolean cauda) {
		if (cauda) {
			return Boolean.FALSE.equals(thecalSacDeformed)
					? Result.contradiction("cauda equina compression recorded, but the thecal sac is recorded as not "
							+ "deformed")
					: Result.graded(Grade.G2, "thecal sac compressed with cauda equina compression (3 if no CSF "
							+ "remains around the roots)");
		}
		if (thecalSacDeformed == null) {
			return Result.incomplete("below the conus: thecal sac deformation and cauda equina compression not "
					+ "recorded");
		}
		return thecalSacDeformed ? Result.graded(Grade.G1B, "thecal sac deformed, cauda equina not compressed")
				: Result.graded(Grade.G1A, "epidural tumor, thecal sac not deformed");
	}
}
