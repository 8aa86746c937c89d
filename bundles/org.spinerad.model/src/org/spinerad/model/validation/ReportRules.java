package org.spinerad.model.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionCategory;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Patient;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.Sex;
import org.spinerad.model.query.Reports;

/** The rules of the report as a whole: sign-off, impression, communication, regions. */
final class ReportRules {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private static final List<String> MALE_ONLY = List.of("prostate", "prostatic", "testis", "testicular",
			"testes", "seminal vesicle", "scrotal", "scrotum");
	private static final List<String> FEMALE_ONLY = List.of("uterus", "uterine", "ovary", "ovarian", "ovaries",
			"endometri", "pregnan", "fallopian");

	private ReportRules() {
	}

	static void all(Report report, Checker check) {
		impressionPresent(report, check);
		signer(report, check);
		signTimes(report, check);
		patient(report, check);
		HeaderRules.required(report, check);
		criticalCommunication(report, check);
		impressionOrder(report, check);
		sexSpecificContent(report, check);
		regionsUnique(report, check);
	}

	private static boolean signed(Report report) {
		return report.getStatus() == ReportStatus.FINAL || report.getStatus() == ReportStatus.AMENDED;
	}

	/** {@link Rules#IMPRESSION_MISSING} */
	static void impressionPresent(Report report, Checker check) {
		if (report.getImpression().isEmpty() && (check.phase == Phase.SIGNING || signed(report)
				|| report.getStatus() == ReportStatus.PRELIMINARY)) {
			check.error(Rules.IMPRESSION_MISSING, report, P.getReport_Impression(),
					"The report has no impression; add at least one numbered impression item before signing");
		}
	}

	/** {@link Rules#SIGNER_MISSING} */
	static void signer(Report report, Checker check) {
		ReportStatus status = report.getStatus();
		if ((signed(report) || status == ReportStatus.PRELIMINARY) && Checker.isBlank(report.getSigner())) {
			check.error(Rules.SIGNER_MISSING, report, P.getReport_Signer(),
					"A " + status.getLiteral() + " report needs a signer; sign it through the sign-off, which records who signed");
		}
	}

	/** {@link Rules#SIGN_TIME_MISSING} */
	static void signTimes(Report report, Checker check) {
		if (signed(report) && report.getSignedAt() == null) {
			check.error(Rules.SIGN_TIME_MISSING, report, P.getReport_SignedAt(),
					"A final report needs the time it was signed; sign it through the sign-off, which records the time");
		}
		if (report.getStatus() == ReportStatus.PRELIMINARY && report.getPreliminaryAt() == null) {
			check.error(Rules.SIGN_TIME_MISSING, report, P.getReport_PreliminaryAt(),
					"A preliminary report needs the time it was signed; sign it through the sign-off");
		}
	}

	/** {@link Rules#PATIENT_MISSING} */
	static void patient(Report report, Checker check) {
		boolean signing = check.phase == Phase.SIGNING;
		ReportStatus status = report.getStatus();
		if (report.getPatient() == null && (signing || signed(report) || status == ReportStatus.PRELIMINARY)) {
			check.error(Rules.PATIENT_MISSING, report, P.getReport_Patient(), "A " + (signed(report) || !signing
					? status.getLiteral() + " report" : "report to be signed")
					+ " needs its patient; import the study again or enter the patient before signing");
		}
	}

	/** {@link Rules#REGION_DUPLICATE} */
	static void regionsUnique(Report report, Checker check) {
		Set<RegionKind> seen = EnumSet.noneOf(RegionKind.class);
		for (Region region : report.getRegions()) {
			if (!seen.add(region.getKind())) {
				check.error(Rules.REGION_DUPLICATE, region, P.getRegion_Kind(), "The region "
						+ Words.region(region.getKind()) + " appears twice; merge its findings into one region");
			}
		}
	}

	/**
	 * {@link Rules#CRITICAL_COMMUNICATION}: a finding or impression item flagged
	 * critical is a category 1-2 result (guide 7.2: cord compression and epidural
	 * abscess are category 1), so it needs a complete record (guide 7.3) of
	 * category 1 or 2, or an explicit override reason.
	 */
	static void criticalCommunication(Report report, Checker check) {
		boolean critical = Reports.findings(report).stream().anyMatch(Finding::isCritical)
				|| report.getImpression().stream().anyMatch(ImpressionItem::isCritical);
		if (!critical) {
			return;
		}
		boolean documented = report.getCommunications().stream()
				.anyMatch(c -> !Checker.isBlank(c.getOverrideReason()) || Communications.complete(c, 2));
		if (!documented) {
			check.signingError(Rules.CRITICAL_COMMUNICATION, report, P.getReport_Communications(),
					"The report has a critical finding but no complete record of its communication; document recipient, method, time, read-back and ACR category 1 or 2 (or an override reason) before signing");
		}
	}

	/**
	 * {@link Rules#IMPRESSION_ORDER}; an item whose category is not chosen yet
	 * ({@code unassigned}) ranks as the least urgent, never as the most urgent.
	 */
	static void impressionOrder(Report report, Checker check) {
		List<ImpressionItem> items = report.getImpression();
		for (int i = 1; i < items.size(); i++) {
			ImpressionItem previous = items.get(i - 1);
			ImpressionItem item = items.get(i);
			if (rank(item) < rank(previous) || item.isCritical() && !previous.isCritical()) {
				check.warning(Rules.IMPRESSION_ORDER, item, P.getImpressionItem_Category(),
						"A more urgent item (" + Words.value(item.getCategory())
								+ (item.isCritical() ? ", critical" : "")
								+ ") follows a less urgent one; move it up so the most critical finding comes first");
				return;
			}
		}
	}

	private static int rank(ImpressionItem item) {
		return item.getCategory() == ImpressionCategory.UNASSIGNED ? Integer.MAX_VALUE : item.getCategory().getValue();
	}

	/** {@link Rules#SEX_SPECIFIC} */
	static void sexSpecificContent(Report report, Checker check) {
		Patient patient = report.getPatient();
		if (patient == null || patient.getSex() == Sex.UNKNOWN || patient.getSex() == Sex.OTHER) {
			return;
		}
		List<String> foreign = patient.getSex() == Sex.FEMALE ? MALE_ONLY : FEMALE_ONLY;
		StringBuilder text = new StringBuilder();
		if (report.getClinical() != null) {
			text.append(' ').append(Checker.nullToEmpty(report.getClinical().getKnownPrimaryCancer()));
		}
		if (report.getStudy() != null) {
			text.append(' ').append(Checker.nullToEmpty(report.getStudy().getClinicalIndication()));
		}
		report.getImpression().forEach(i -> text.append(' ').append(Checker.nullToEmpty(i.getText())));
		report.getRegions().forEach(r -> text.append(' ').append(Checker.nullToEmpty(r.getRemark())).append(' ')
				.append(Checker.nullToEmpty(r.getStatement())));
		Reports.findings(report).forEach(f -> text.append(' ').append(Checker.nullToEmpty(f.getDescription())).append(' ')
				.append(Checker.nullToEmpty(f.getRemark())));
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
}
