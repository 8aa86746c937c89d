package org.spinerad.model.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.spinerad.model.AxialPosition;
import org.spinerad.model.ContrastAdministration;
import org.spinerad.model.ContrastAgent;
import org.spinerad.model.CordEffect;
import org.spinerad.model.CordFinding;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementIntensity;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Exam;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.LesionCenter;
import org.spinerad.model.Located;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.Measured;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.ParaspinalSite;
import org.spinerad.model.Patient;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.Sequence;
import org.spinerad.model.Sex;
import org.spinerad.model.Side;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;

/**
 * The clinical rules of a report, as an EMF {@link org.eclipse.emf.ecore.EValidator}:
 * EMF's basic constraints first, then ours. Every diagnostic carries the object
 * and the feature it concerns as its data, and a message that says what to do.
 */
public class ReportValidator extends EObjectValidator {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	/** Largest plausible diameter of a spinal lesion or collection in mm. */
	static final double MAX_DIAMETER_MM = 300;
	/** Largest plausible epidural thickness in mm. */
	static final double MAX_EPIDURAL_THICKNESS_MM = 40;
	/** Allowed relative deviation of the injected volume from dose x weight / concentration. */
	static final double DOSE_TOLERANCE = 0.10;

	private static final Pattern LEVEL_IN_TEXT = Pattern
			.compile("\\b(?:(C|T|L|S)(\\d{1,2})(?:\\s*-\\s*(C|T|L|S)?(\\d{1,2}))?)\\b");

	private static final List<String> MALE_ONLY = List.of("prostate", "prostatic", "testis", "testicular",
			"testes", "seminal vesicle", "scrotal", "scrotum");
	private static final List<String> FEMALE_ONLY = List.of("uterus", "uterine", "ovary", "ovarian", "ovaries",
			"endometri", "pregnan", "fallopian");

	@Override
	protected EPackage getEPackage() {
		return P;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = super.validate(eClass, object, diagnostics, context);
		Phase phase = Validation.phase(context);
		Checker check = new Checker(diagnostics, phase);
		if (object instanceof Report report) {
			report(report, check);
		} else if (object instanceof Region region) {
			region(region, check);
		} else if (object instanceof Exam exam) {
			exam(exam, check);
		} else if (object instanceof ContrastAdministration contrast) {
			contrast(contrast, check);
		} else if (object instanceof Sequence sequence) {
			sequence(sequence, check);
		} else if (object instanceof Enhancement enhancement) {
			enhancement(enhancement, check);
		} else if (object instanceof ImpressionItem item) {
			impressionItem(item, check);
		} else if (object instanceof CriticalCommunication record) {
			communication(record, check);
		}
		if (object instanceof Located located) {
			levels(located, check);
		}
		if (object instanceof Measured measured) {
			measurements(measured, check);
		}
		if (object instanceof Finding finding) {
			finding(finding, check);
		}
		return ok && !check.failed;
	}

	// ---- report ------------------------------------------------------------

	private void report(Report report, Checker check) {
		boolean signing = check.phase == Phase.SIGNING;
		ReportStatus status = report.getStatus();
		boolean signed = status == ReportStatus.FINAL || status == ReportStatus.AMENDED;
		if (report.getImpression().isEmpty() && (signing || signed || status == ReportStatus.PRELIMINARY)) {
			check.error(Rules.IMPRESSION_MISSING, report, P.getReport_Impression(),
					"The report has no impression; add at least one numbered impression item before signing");
		}
		if ((signed || status == ReportStatus.PRELIMINARY) && isBlank(report.getSigner())) {
			check.error(Rules.SIGNER_MISSING, report, P.getReport_Signer(),
					"A " + status.getLiteral() + " report needs a signer; sign it through the sign-off, which records who signed");
		}
		if (signed && report.getSignedAt() == null) {
			check.error(Rules.SIGN_TIME_MISSING, report, P.getReport_SignedAt(),
					"A final report needs the time it was signed; sign it through the sign-off, which records the time");
		}
		if (status == ReportStatus.PRELIMINARY && report.getPreliminaryAt() == null) {
			check.error(Rules.SIGN_TIME_MISSING, report, P.getReport_PreliminaryAt(),
					"A preliminary report needs the time it was signed; sign it through the sign-off");
		}
		if (report.getPatient() == null && (signing || signed || status == ReportStatus.PRELIMINARY)) {
			check.error(Rules.PATIENT_MISSING, report, P.getReport_Patient(), "A " + (signed || !signing
					? status.getLiteral() + " report" : "report to be signed")
					+ " needs its patient; import the study again or enter the patient before signing");
		}
		criticalCommunication(report, check);
		impressionOrder(report, check);
		sexSpecificContent(report, check);
		Set<RegionKind> seen = EnumSet.noneOf(RegionKind.class);
		for (Region region : report.getRegions()) {
			if (!seen.add(region.getKind())) {
				check.error(Rules.REGION_DUPLICATE, region, P.getRegion_Kind(), "The region "
						+ Reports.label(region.getKind()) + " appears twice; merge its findings into one region");
			}
		}
	}

	private void criticalCommunication(Report report, Checker check) {
		boolean critical = Reports.findings(report).stream().anyMatch(Finding::isCritical)
				|| report.getImpression().stream().anyMatch(ImpressionItem::isCritical);
		if (!critical) {
			return;
		}
		boolean documented = report.getCommunications().stream()
				.anyMatch(c -> !isBlank(c.getOverrideReason()) || (!isBlank(c.getRecipientName())
						|| !isBlank(c.getRecipientRole())) && c.eIsSet(P.getCriticalCommunication_Method())
						&& c.getDateTime() != null);
		if (!documented) {
			check.signingError(Rules.CRITICAL_COMMUNICATION, report, P.getReport_Communications(),
					"The report has a critical finding but no record of its communication; document recipient, method and time (or an override reason) before signing");
		}
	}

	private void impressionOrder(Report report, Checker check) {
		List<ImpressionItem> items = report.getImpression();
		for (int i = 1; i < items.size(); i++) {
			ImpressionItem previous = items.get(i - 1);
			ImpressionItem item = items.get(i);
			if (item.getCategory().getValue() < previous.getCategory().getValue()
					|| item.isCritical() && !previous.isCritical()) {
				check.warning(Rules.IMPRESSION_ORDER, item, P.getImpressionItem_Category(),
						"A more urgent item (" + item.getCategory().getLiteral().replace('_', ' ')
								+ (item.isCritical() ? ", critical" : "")
								+ ") follows a less urgent one; move it up so the most critical finding comes first");
				return;
			}
		}
	}

	private void sexSpecificContent(Report report, Checker check) {
		Patient patient = report.getPatient();
		if (patient == null || patient.getSex() == Sex.UNKNOWN || patient.getSex() == Sex.OTHER) {
			return;
		}
		List<String> foreign = patient.getSex() == Sex.FEMALE ? MALE_ONLY : FEMALE_ONLY;
		StringBuilder text = new StringBuilder();
		if (report.getClinical() != null) {
			text.append(' ').append(nullToEmpty(report.getClinical().getKnownPrimaryCancer()));
		}
		if (report.getStudy() != null) {
			text.append(' ').append(nullToEmpty(report.getStudy().getClinicalIndication()));
		}
		report.getImpression().forEach(i -> text.append(' ').append(nullToEmpty(i.getText())));
		report.getRegions().forEach(r -> text.append(' ').append(nullToEmpty(r.getRemark())).append(' ')
				.append(nullToEmpty(r.getStatement())));
		Reports.findings(report).forEach(f -> text.append(' ').append(nullToEmpty(f.getDescription())).append(' ')
				.append(nullToEmpty(f.getRemark())));
		String all = text.toString().toLowerCase(Locale.ROOT);
		for (String word : foreign) {
			if (all.contains(word)) {
				check.warning(Rules.SEX_SPECIFIC, patient, P.getPatient_Sex(),
						"The patient is " + patient.getSex().getLiteral() + " but the report mentions '" + word
								+ "'; check the patient's sex or the text");
				return;
			}
		}
	}

	// ---- regions and findings ------------------------------------------------

	private void region(Region region, Checker check) {
		EClass expected = Reports.findingClass(region.getKind());
		for (Finding finding : region.getFindings()) {
			if (finding.eClass() != expected) {
				check.error(Rules.REGION_FINDING_TYPE, finding, null,
						"A " + Locations.humanize(finding.eClass().getName()) + " cannot be filed under "
								+ Reports.label(region.getKind()) + "; move it to its own region");
			}
		}
	}

	private void levels(Located located, Checker check) {
		SpineLevel from = located.getFrom();
		SpineLevel to = located.getTo();
		if (from == null) {
			if (located instanceof Finding) {
				check.signingError(Rules.LEVEL_MISSING, located, P.getLocated_From(),
						"The finding has no level; enter its level or range, e.g. L4-L5 or T8 to T10");
			}
			if (to != null) {
				check.error(Rules.LEVEL_RANGE_ORDER, located, P.getLocated_From(),
						"The range has an end (" + to + ") but no start; enter the cranial level");
			}
			return;
		}
		if (to != null && to.isAbove(from)) {
			check.error(Rules.LEVEL_RANGE_ORDER, located, P.getLocated_To(), "The range runs from " + from + " to " + to
					+ ", which is upwards; enter the cranial level first (" + to + " to " + from + ")");
		}
		if (located instanceof Finding finding && finding.eContainer() instanceof Region region
				&& region.eContainer() instanceof Report report) {
			Reports.coverage(report.getExam()).ifPresent(range -> {
				SpineLevel last = to != null ? to : from;
				if (!from.isWithin(range[0], range[1]) || !last.isWithin(range[0], range[1])) {
					check.warning(Rules.LEVEL_OUTSIDE_EXAM, located, P.getLocated_From(),
							"The level " + (to != null ? from + " to " + to : from) + " lies outside the imaged "
									+ report.getExam().getRegionImaged().getLiteral().replace('_', ' ') + " ("
									+ range[0] + " to " + range[1] + "); check the level or the exam coverage");
				}
			});
		}
	}

	private void measurements(Measured measured, Checker check) {
		diameter(measured, P.getMeasured_ApMm(), measured.getApMm(), check);
		diameter(measured, P.getMeasured_TransverseMm(), measured.getTransverseMm(), check);
		diameter(measured, P.getMeasured_CraniocaudalMm(), measured.getCraniocaudalMm(), check);
	}

	private void diameter(EObject object, EStructuralFeature feature, Double value, Checker check) {
		positive(object, feature, value, MAX_DIAMETER_MM, check);
	}

	private void positive(EObject object, EStructuralFeature feature, Double value, double max, Checker check) {
		if (value == null) {
			return;
		}
		if (!(value > 0) || value.isInfinite()) {
			check.error(Rules.MEASUREMENT_POSITIVE, object, feature,
					"The measurement is " + value + " mm; measurements are positive, in millimetres");
		} else if (value > max) {
			check.warning(Rules.MEASUREMENT_PLAUSIBLE, object, feature, "The measurement " + value
					+ " mm is implausibly large (more than " + (int) max + " mm); was it entered in the wrong unit?");
		}
	}

	private void percent(EObject object, EStructuralFeature feature, Integer value, Checker check) {
		if (value != null && (value < 0 || value > 100)) {
			check.error(Rules.PERCENT_RANGE, object, feature,
					"The value " + value + " % is outside 0 to 100 %; enter a percentage");
		}
	}

	private void grade(EObject object, EStructuralFeature feature, Integer value, int max, Checker check) {
		if (value != null && (value < 1 || value > max)) {
			check.error(Rules.GRADE_RANGE, object, feature,
					"The value " + value + " is not a grade from 1 to " + max + "; choose 1 to " + max);
		}
	}

	private void finding(Finding finding, Checker check) {
		if (isBlank(finding.getId())) {
			check.warning(Rules.FINDING_ID_MISSING, finding, P.getFinding_Id(),
					"The finding has no id, so the impression cannot refer to it; give it an id");
		}
		if (finding instanceof MarrowFinding marrow) {
			percent(marrow, P.getMarrowFinding_CollapsePercent(), marrow.getCollapsePercent(), check);
			percent(marrow, P.getMarrowFinding_BodyInvolvementPercent(), marrow.getBodyInvolvementPercent(), check);
			grade(marrow, P.getMarrowFinding_ModicType(), marrow.getModicType(), 3, check);
			if (marrow.getFrom() != null && marrow.getFrom().isDisc() && marrow.getTo() == null) {
				check.warning(Rules.LEVEL_KIND, marrow, P.getLocated_From(), "A bone marrow finding is at the disc level "
						+ marrow.getFrom() + "; give the vertebrae, e.g. " + marrow.getFrom().upper().label() + " to "
						+ marrow.getFrom().lower().label());
			}
		} else if (finding instanceof DiscFinding disc) {
			percent(disc, P.getDiscFinding_HeightLossPercent(), disc.getHeightLossPercent(), check);
			if (disc.getFrom() != null && !disc.getFrom().isDisc()) {
				check.error(Rules.LEVEL_KIND, disc, P.getLocated_From(), "A disc finding is at the vertebra "
						+ disc.getFrom() + "; discs are named by two consecutive vertebrae, e.g. L4-L5");
			}
		} else if (finding instanceof EpiduralFinding epidural) {
			positive(epidural, P.getEpiduralFinding_MaxThicknessMm(), epidural.getMaxThicknessMm(),
					MAX_EPIDURAL_THICKNESS_MM, check);
			bilskyInputs(epidural, check);
			sideAgainstPosition(epidural, epidural.getSide(), epidural.getAxialPosition(), check);
		} else if (finding instanceof CordFinding cord) {
			positive(cord, P.getCordFinding_EdemaLengthMm(), cord.getEdemaLengthMm(), MAX_DIAMETER_MM * 2, check);
			grade(cord, P.getCordFinding_ArachnoiditisGroup(), cord.getArachnoiditisGroup(), 3, check);
		} else if (finding instanceof FacetFinding facet) {
			if (facet.getSide() == Side.MIDLINE) {
				check.error(Rules.SIDE_CONTRADICTION, facet, P.getFinding_Side(),
						"Facet joints are paired, left and right; a facet finding cannot be midline. Choose left, right or bilateral");
			}
		} else if (finding instanceof ParaspinalFinding paraspinal) {
			if (paraspinal.getSide() == Side.MIDLINE && paraspinal.getSite() == ParaspinalSite.PSOAS) {
				check.warning(Rules.SIDE_CONTRADICTION, paraspinal, P.getFinding_Side(),
						"The psoas muscles are paired; a psoas finding is left, right or bilateral, not midline");
			}
		}
		if (finding instanceof MarrowFinding marrow && marrow.getSide() != Side.UNSPECIFIED
				&& marrow.getSide() != Side.BILATERAL && marrow.getSide() != Side.MIDLINE) {
			String side = marrow.getSide().getLiteral();
			String elements = marrow.getPosteriorElements().getLiteral();
			if ((elements.equals("left") || elements.equals("right")) && !elements.equals(side)) {
				check.warning(Rules.SIDE_CONTRADICTION, marrow, P.getMarrowFinding_PosteriorElements(),
						"The finding is on the " + side + " but its posterior elements are involved on the " + elements
								+ "; check the side");
			}
		}
	}

	private void bilskyInputs(EpiduralFinding epidural, Checker check) {
		CordEffect effect = epidural.getCordEffect();
		boolean compressed = effect == CordEffect.COMPRESSION_CSF_PRESERVED || effect == CordEffect.COMPRESSION_NO_CSF;
		if (Boolean.FALSE.equals(epidural.getThecalSacDeformed())
				&& (compressed || effect == CordEffect.DEFORMATION || effect == CordEffect.CONTACT)) {
			check.error(Rules.BILSKY_INPUTS, epidural, P.getEpiduralFinding_ThecalSacDeformed(),
					"The cord effect is '" + effect.getLiteral().replace('_', ' ')
							+ "' but the thecal sac is marked not deformed; a lesion reaching the cord deforms the sac. Correct one of the two");
		}
	}

	private void sideAgainstPosition(EObject object, Side side, AxialPosition position, Checker check) {
		if ((side == Side.LEFT && position == AxialPosition.RIGHT)
				|| (side == Side.RIGHT && position == AxialPosition.LEFT)) {
			check.warning(Rules.SIDE_CONTRADICTION, object, P.getFinding_Side(), "The side is " + side.getLiteral()
					+ " but the axial position is " + position.getLiteral() + "; check which is right");
		}
	}

	private void enhancement(Enhancement enhancement, Checker check) {
		EnhancementPresence presence = enhancement.getPresence();
		boolean absent = presence == EnhancementPresence.NONE || presence == EnhancementPresence.NOT_ASSESSED;
		if (absent && (enhancement.getIntensity() != EnhancementIntensity.UNSPECIFIED
				|| enhancement.getPattern() != EnhancementPattern.UNSPECIFIED)) {
			check.error(Rules.ENHANCEMENT_ABSENT_DETAILS, enhancement,
					enhancement.getIntensity() != EnhancementIntensity.UNSPECIFIED ? P.getEnhancement_Intensity()
							: P.getEnhancement_Pattern(),
					"Enhancement is '" + presence.getLiteral().replace('_', ' ')
							+ "' but an intensity or pattern is given; clear them or set the presence to present");
		}
		EnhancementPattern pattern = enhancement.getPattern();
		if ((pattern == EnhancementPattern.RIM || pattern == EnhancementPattern.RING)
				&& enhancement.getCenter() == LesionCenter.UNSPECIFIED) {
			check.signingError(Rules.ENHANCEMENT_RIM_CENTER, enhancement, P.getEnhancement_Center(),
					"A " + pattern.getLiteral()
							+ " pattern needs the content of its center (fluid, necrotic, disc-like); it tells an abscess from a disc fragment");
		}
	}

	// ---- exam ----------------------------------------------------------------

	private void exam(Exam exam, Checker check) {
		Double tesla = exam.getFieldStrengthTesla();
		if (tesla != null && (tesla < 0.2 || tesla > 7.5)) {
			check.error(Rules.EXAM_FIELD_STRENGTH, exam, P.getExam_FieldStrengthTesla(),
					"The field strength " + tesla + " T is not a clinical MR field strength; enter it in tesla, e.g. 1.5 or 3");
		}
		if (exam.getCoverageFrom() != null && exam.getCoverageTo() != null
				&& exam.getCoverageTo().isAbove(exam.getCoverageFrom())) {
			check.error(Rules.LEVEL_RANGE_ORDER, exam, P.getExam_CoverageTo(),
					"The imaged range runs upwards; enter the cranial level first");
		}
	}

	private void sequence(Sequence sequence, Checker check) {
		Double minutes = sequence.getMinutesAfterInjection();
		if (minutes != null && minutes < 0) {
			check.error(Rules.EXAM_TIMING, sequence, P.getSequence_MinutesAfterInjection(),
					"The delay after injection is negative; enter minutes after injection");
		}
	}

	private void contrast(ContrastAdministration contrast, Checker check) {
		Double concentration = contrast.getConcentrationMmolPerMl();
		Double dose = contrast.getDoseMmolPerKg();
		Double volume = contrast.getVolumeMl();
		if (check.phase == Phase.SIGNING && contrast.eContainer() instanceof Exam exam
				&& !exam.getSequences().isEmpty() && exam.getSequences().stream().anyMatch(Sequence::isPostContrast)) {
			for (EStructuralFeature feature : List.of(P.getContrastAdministration_Agent(),
					P.getContrastAdministration_ConcentrationMmolPerMl(), P.getContrastAdministration_DoseMmolPerKg(),
					P.getContrastAdministration_VolumeMl())) {
				if (!contrast.eIsSet(feature)) {
					check.warning(Rules.CONTRAST_INCOMPLETE, contrast, feature,
							"Post-contrast sequences were acquired but the " + Locations.humanize(feature.getName())
									+ " of the contrast agent is missing; complete the technique");
				}
			}
		}
		for (Object[] value : new Object[][] { { P.getContrastAdministration_ConcentrationMmolPerMl(), concentration },
				{ P.getContrastAdministration_DoseMmolPerKg(), dose }, { P.getContrastAdministration_VolumeMl(), volume },
				{ P.getContrastAdministration_MinutesAfterInjection(), contrast.getMinutesAfterInjection() } }) {
			if (value[1] != null && ((Double) value[1]) < 0) {
				check.error(Rules.MEASUREMENT_POSITIVE, contrast, (EStructuralFeature) value[0],
						"The value is negative; enter a positive number");
			}
		}
		Double weight = contrast.eContainer() != null && contrast.eContainer().eContainer() instanceof Report report
				&& report.getPatient() != null ? report.getPatient().getWeightKg() : null;
		if (concentration != null && dose != null && volume != null && weight != null && concentration > 0
				&& weight > 0) {
			double expected = dose * weight / concentration;
			if (Math.abs(volume - expected) > DOSE_TOLERANCE * expected) {
				check.error(Rules.CONTRAST_DOSE, contrast, P.getContrastAdministration_VolumeMl(),
						String.format(Locale.ROOT,
								"The volume %.1f mL does not match dose x weight / concentration = %.2f x %.1f / %.2f = %.1f mL; correct the volume, dose, concentration or weight",
								volume, dose, weight, concentration, expected));
			}
		}
		double standard = contrast.getAgent() == ContrastAgent.GADOPICLENOL ? 0.05 : 0.1;
		if (dose != null && contrast.getAgent() != ContrastAgent.OTHER && dose > standard * 1.05) {
			check.warning(Rules.CONTRAST_ABOVE_STANDARD, contrast, P.getContrastAdministration_DoseMmolPerKg(),
					"The dose " + dose + " mmol/kg is above the standard " + standard + " mmol/kg of "
							+ contrast.getAgent().getLiteral().replace('_', ' ') + "; confirm it was intended");
		}
	}

	// ---- impression and communication ---------------------------------------

	private void impressionItem(ImpressionItem item, Checker check) {
		if (isBlank(item.getText())) {
			check.error(Rules.IMPRESSION_TEXT, item, P.getImpressionItem_Text(),
					"The impression item is empty; write it or delete it");
			return;
		}
		if (item.getFindings().isEmpty()) {
			check.warning(Rules.IMPRESSION_LINK, item, P.getImpressionItem_Findings(),
					"The impression item is not linked to a finding; link the findings it is based on");
		}
		levelNaming(item, check);
	}

	/** Levels named in an impression item must be levels of its findings. */
	private void levelNaming(ImpressionItem item, Checker check) {
		if (!(item.eContainer() instanceof Report report)) {
			return;
		}
		List<Finding> basis = item.getFindings().isEmpty() ? Reports.findings(report) : item.getFindings();
		if (basis.stream().noneMatch(f -> f.getFrom() != null)) {
			return;
		}
		Matcher matcher = LEVEL_IN_TEXT.matcher(item.getText());
		while (matcher.find()) {
			SpineLevel named;
			try {
				named = SpineLevel.valueOf(matcher.group());
			} catch (IllegalArgumentException e) {
				continue;
			}
			boolean matches = basis.stream().filter(f -> f.getFrom() != null).anyMatch(f -> touches(f, named));
			if (!matches) {
				check.warning(Rules.LEVEL_NAMING, item, P.getImpressionItem_Text(), "The impression names " + named
						+ " but " + (item.getFindings().isEmpty() ? "no finding" : "none of its findings")
						+ " is at that level; check the level in the impression or the findings");
				return;
			}
		}
	}

	private static boolean touches(Finding finding, SpineLevel level) {
		SpineLevel from = finding.getFrom();
		SpineLevel to = Reports.lastLevel(finding);
		int low = SpineLevel.of(from.upper()).position();
		int high = SpineLevel.of(to.lower()).position();
		return level.position() >= low && level.position() <= high;
	}

	private void communication(CriticalCommunication record, Checker check) {
		if (!isBlank(record.getOverrideReason())) {
			return;
		}
		if (isBlank(record.getRecipientName()) && isBlank(record.getRecipientRole())) {
			check.signingError(Rules.COMMUNICATION_INCOMPLETE, record, P.getCriticalCommunication_RecipientName(),
					"The communication record has no recipient; enter who received the result");
		}
		if (!record.eIsSet(P.getCriticalCommunication_Method())) {
			check.signingError(Rules.COMMUNICATION_INCOMPLETE, record, P.getCriticalCommunication_Method(),
					"The communication record has no method; choose phone, in person or secure message");
		}
		if (record.getDateTime() == null) {
			check.signingError(Rules.COMMUNICATION_INCOMPLETE, record, P.getCriticalCommunication_DateTime(),
					"The communication record has no time; enter when the result was communicated");
		}
		grade(record, P.getCriticalCommunication_AcrCategory(), record.getAcrCategory(), 3, check);
	}

	// ---- helpers ---------------------------------------------------------------

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/** Collects diagnostics for one object. */
	private static final class Checker {
		private final DiagnosticChain diagnostics;
		private final Phase phase;
		private boolean failed;

		Checker(DiagnosticChain diagnostics, Phase phase) {
			this.diagnostics = diagnostics;
			this.phase = phase;
		}

		void error(String code, EObject object, EStructuralFeature feature, String message) {
			add(Diagnostic.ERROR, code, object, feature, message);
		}

		void warning(String code, EObject object, EStructuralFeature feature, String message) {
			add(Diagnostic.WARNING, code, object, feature, message);
		}

		/** An error when signing, a warning while editing. */
		void signingError(String code, EObject object, EStructuralFeature feature, String message) {
			add(phase == Phase.SIGNING ? Diagnostic.ERROR : Diagnostic.WARNING, code, object, feature, message);
		}

		private void add(int severity, String code, EObject object, EStructuralFeature feature, String message) {
			if (severity == Diagnostic.ERROR) {
				failed = true;
			}
			if (diagnostics != null) {
				Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
				diagnostics.add(new BasicDiagnostic(severity, Rules.SOURCE + "/" + code, 0, message, data));
			}
		}
	}
}
