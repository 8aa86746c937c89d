package org.spinerad.templates.postop.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.spinerad.model.Component;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.PriorSurgery;
import org.spinerad.model.Report;
import org.spinerad.model.Sequence;
import org.spinerad.templates.AcrCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.DecisionSupport;
import org.spinerad.templates.Reason;

/**
 * Decision support of the postoperative spine template (domain guide section
 * 6): scar versus recurrent disc per epidural finding with the time-course and
 * contrast-timing caveats, pseudomeningocele, seroma, postoperative abscess,
 * arachnoiditis, postoperative discitis and critical compression.
 */
public class PostopDecisionSupport implements DecisionSupport {

	public static final String INTERVAL_RULE = "postop.interval";
	public static final String CONTRAST_TIMING_RULE = "postop.contrast-timing";
	public static final String ENHANCEMENT_TIMING_RULE = "postop.enhancement-timing";
	public static final String CRITICAL_RULE = "postop.critical";
	/** Enhancement judged on images later than this many minutes after injection is delayed (guide 6.1). */
	public static final double DEFAULT_DELAYED_PHASE_MINUTES = 20;
	/** Fewer days than this since surgery are the early postoperative period (guide 6.2). */
	public static final int DEFAULT_EARLY_POSTOPERATIVE_DAYS = 180;

	private final double delayedPhaseMinutes;
	private final int earlyPostoperativeDays;

	/** Decision support with the guide's defaults: delayed after 20 min, early before 180 days. */
	public PostopDecisionSupport() {
		this(DEFAULT_DELAYED_PHASE_MINUTES, DEFAULT_EARLY_POSTOPERATIVE_DAYS);
	}

	/**
	 * @param delayedPhaseMinutes    enhancement judged on images later than this (minutes after injection) is
	 *                               judged on the delayed phase only
	 * @param earlyPostoperativeDays fewer days since surgery than this are the early postoperative period
	 * @throws IllegalArgumentException if a threshold is not positive
	 */
	public PostopDecisionSupport(double delayedPhaseMinutes, int earlyPostoperativeDays) {
		if (!(delayedPhaseMinutes > 0) || earlyPostoperativeDays <= 0) {
			throw new IllegalArgumentException("Thresholds must be positive, got " + delayedPhaseMinutes
					+ " minutes and " + earlyPostoperativeDays + " days");
		}
		this.delayedPhaseMinutes = delayedPhaseMinutes;
		this.earlyPostoperativeDays = earlyPostoperativeDays;
	}

	public double delayedPhaseMinutes() {
		return delayedPhaseMinutes;
	}

	public int earlyPostoperativeDays() {
		return earlyPostoperativeDays;
	}

	@Override
	public List<Conclusion> decide(Report report) {
		List<Conclusion> out = new ArrayList<>();
		Long days = daysSinceSurgery(report);
		Long earlyDays = days != null && days >= 0 && days < earlyPostoperativeDays ? days : null;
		out.add(interval(report, days, earlyDays));
		contrastTiming(report).ifPresent(out::add);
		for (EpiduralFinding e : Findings.of(report, EpiduralFinding.class)) {
			if (ScarVsDisc.applies(e)) {
				out.add(ScarVsDisc.decide(e, delayed(e.getAssessedMinutesAfterInjection()), earlyDays));
				enhancementTiming(report, e).ifPresent(out::add);
			}
		}
		out.addAll(PostoperativeEntities.abscesses(report));
		out.addAll(PostoperativeEntities.pseudomeningoceles(report));
		out.addAll(PostoperativeEntities.seromas(report));
		out.addAll(PostoperativeEntities.arachnoiditis(report));
		out.addAll(PostoperativeEntities.discitis(report, earlyDays));
		critical(report).ifPresent(out::add);
		out.sort(Findings.IMPORTANCE);
		return List.copyOf(out);
	}

	/** @return whether images taken this many minutes after injection are delayed (null: unknown, not delayed) */
	boolean delayed(Double minutesAfterInjection) {
		return minutesAfterInjection != null && minutesAfterInjection > delayedPhaseMinutes;
	}

	/** @return whole days from surgery to study, or null when a date is missing */
	static Long daysSinceSurgery(Report report) {
		PriorSurgery surgery = report.getClinical() != null ? report.getClinical().getPriorSurgery() : null;
		Date study = report.getStudy() != null ? report.getStudy().getStudyDateTime() : null;
		if (surgery == null || surgery.getDate() == null || study == null) {
			return null;
		}
		return Duration.between(surgery.getDate().toInstant(), study.toInstant()).toDays();
	}

	/** The interpretive caveat of the early postoperative period (guide 6.2). */
	static String earlyCaveat(long days) {
		return "Within about 6 months of surgery (" + days + " days): mass-like, peripherally enhancing epidural "
				+ "tissue and root, facet and muscle enhancement are common in asymptomatic patients; do not call "
				+ "recurrent herniation on this basis alone.";
	}

	private Conclusion interval(Report report, Long days, Long earlyDays) {
		PriorSurgery surgery = report.getClinical() != null ? report.getClinical().getPriorSurgery() : null;
		List<Reason> reasons = new ArrayList<>();
		if (surgery != null) {
			reasons.add(new Reason(null, "prior surgery: " + (surgery.getProcedure() != null ? surgery.getProcedure()
					: "procedure not recorded") + (surgery.getLevels().isEmpty() ? "" : " at " + surgery.getLevels())));
		}
		if (days == null) {
			return new Conclusion(INTERVAL_RULE, "Time since surgery", "unknown", ConclusionLevel.WARNING, reasons,
					List.of("Record the surgery date, levels and procedure and the study date: the interpretation "
							+ "of postoperative enhancement depends on the time since surgery."));
		}
		if (days < 0) {
			return new Conclusion(INTERVAL_RULE, "Time since surgery", "surgery after the study",
					ConclusionLevel.WARNING, reasons, List.of("The surgery date is later than the study date: check both."));
		}
		reasons.add(new Reason(null, days + " days between surgery and study"));
		if (earlyDays != null) {
			return new Conclusion(INTERVAL_RULE, "Time since surgery",
					days + " days (early postoperative, under " + earlyPostoperativeDays + " days)",
					ConclusionLevel.WARNING, reasons, List.of(earlyCaveat(days)));
		}
		return new Conclusion(INTERVAL_RULE, "Time since surgery", days + " days", ConclusionLevel.INFO, reasons,
				List.of());
	}

	/** Every post-contrast series of a postoperative exam needs its delay after injection (guide 9.6). */
	private static Optional<Conclusion> contrastTiming(Report report) {
		if (report.getExam() == null) {
			return Optional.empty();
		}
		List<Reason> reasons = new ArrayList<>();
		for (Sequence s : report.getExam().getSequences()) {
			if (s.isPostContrast() && s.getMinutesAfterInjection() == null) {
				reasons.add(new Reason(null, "post-contrast series '" + s.getName() + "' without minutes after "
						+ "injection"));
			}
		}
		boolean anyPost = report.getExam().getSequences().stream().anyMatch(Sequence::isPostContrast);
		if (!anyPost && report.getExam().getContrast() != null && report.getExam().getContrast().getAgent() != null
				&& report.getExam().getContrast().getVolumeMl() != null
				&& report.getExam().getContrast().getMinutesAfterInjection() == null) {
			reasons.add(new Reason(null, "contrast given, but no post-contrast delay recorded"));
		}
		if (reasons.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Conclusion(CONTRAST_TIMING_RULE, "Post-contrast timing", "minutes after injection missing",
				ConclusionLevel.WARNING, reasons,
				List.of("Record the delay of every post-contrast series: scar enhances early, disc material may "
						+ "enhance on delayed images.")));
	}

	/**
	 * Warns when the enhancement of a scar-versus-disc finding was judged only on
	 * delayed images, when its timing is unknown while a delayed series exists,
	 * and when a delayed series exists beside the early one (a known pitfall).
	 */
	private Optional<Conclusion> enhancementTiming(Report report, EpiduralFinding e) {
		boolean judged = Findings.enhances(e.getEnhancement())
				|| e.getComponents().stream().map(Component::getEnhancement).anyMatch(Findings::enhances);
		if (!judged || report.getExam() == null) {
			return Optional.empty();
		}
		Double delayed = report.getExam().getSequences().stream()
				.filter(s -> s.isPostContrast() && delayed(s.getMinutesAfterInjection()))
				.map(Sequence::getMinutesAfterInjection).max(Double::compare).orElse(null);
		Double assessed = e.getAssessedMinutesAfterInjection();
		String label = "Enhancement timing " + Findings.levels(e);
		List<Reason> reasons = new ArrayList<>();
		if (assessed != null) {
			reasons.add(new Reason(e.getId(), "enhancement judged on images " + minutes(assessed) + " after injection"));
		}
		if (delayed(assessed)) {
			return Optional.of(new Conclusion(ENHANCEMENT_TIMING_RULE, label,
					"judged only on delayed images (" + minutes(assessed) + ", over " + minutes(delayedPhaseMinutes)
							+ ")",
					ConclusionLevel.WARNING, reasons, List.of("Disc material may enhance on delayed images and mimic "
							+ "scar: classify scar versus disc on an early series (within about 10 min).")));
		}
		if (delayed == null) {
			return Optional.empty();
		}
		reasons.add(new Reason(null, "delayed post-contrast series at " + minutes(delayed)));
		if (assessed == null) {
			return Optional.of(new Conclusion(ENHANCEMENT_TIMING_RULE, label,
					"timing not recorded; a delayed series (" + minutes(delayed) + ") exists", ConclusionLevel.WARNING,
					reasons, List.of("Record on which series the enhancement was judged; classify scar versus disc on "
							+ "the early series only.")));
		}
		return Optional.of(new Conclusion(ENHANCEMENT_TIMING_RULE, label,
				"delayed series (" + minutes(delayed) + ") present; classified on the " + minutes(assessed) + " images",
				ConclusionLevel.WARNING, reasons,
				List.of("Delayed post-contrast series (" + minutes(delayed) + ") used for the scar-versus-disc "
						+ "question: internal enhancement of disc material on it is a known pitfall and does not "
						+ "indicate scar; interpret with the early series only.")));
	}

	/** Cord or cauda equina compression by any postoperative epidural lesion is critical (guide 6.3, 7.2). */
	private static Optional<Conclusion> critical(Report report) {
		List<Reason> reasons = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (EpiduralFinding e : Findings.of(report, EpiduralFinding.class)) {
			if (PostoperativeEntities.compresses(e)) {
				String what = e.getDescription() != null ? e.getDescription()
						: "epidural " + Findings.words(e.getClassification());
				values.add("compression of the cord or cauda equina by " + what + " at " + Findings.levels(e));
				reasons.add(new Reason(e.getId(), "cord effect: " + Findings.words(e.getCordEffect())
						+ (Boolean.TRUE.equals(e.getCaudaEquinaCompression()) ? ", cauda equina compressed" : "")));
			}
		}
		if (values.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Conclusion(CRITICAL_RULE, "Critical result", String.join("; ", values),
				ConclusionLevel.CRITICAL, reasons,
				List.of("Communicate non-routinely (ACR category 1) and document the communication."),
				// guide 7.2: cord/cauda equina compression -> ACR category 1
				AcrCategory.CATEGORY_1));
	}

	private static String minutes(double value) {
		return (value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.1f", value)) + " min";
	}
}
