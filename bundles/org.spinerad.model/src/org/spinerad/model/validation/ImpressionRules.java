package org.spinerad.model.validation;

import java.util.List;

import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;

/** The rules of impression items and critical-result communication records. */
final class ImpressionRules {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private ImpressionRules() {
	}

	/** The rules of an item; an empty item gets only {@link Rules#IMPRESSION_TEXT}. */
	static void impressionItem(ImpressionItem item, Checker check) {
		if (impressionText(item, check)) {
			impressionLink(item, check);
			levelNaming(item, check);
		}
	}

	/**
	 * {@link Rules#IMPRESSION_TEXT}
	 *
	 * @return whether the item has text
	 */
	static boolean impressionText(ImpressionItem item, Checker check) {
		if (Checker.isBlank(item.getText())) {
			check.error(Rules.IMPRESSION_TEXT, item, P.getImpressionItem_Text(),
					"The impression item is empty; write it or delete it");
			return false;
		}
		return true;
	}

	/** {@link Rules#IMPRESSION_LINK} */
	static void impressionLink(ImpressionItem item, Checker check) {
		if (item.getFindings().isEmpty()) {
			check.warning(Rules.IMPRESSION_LINK, item, P.getImpressionItem_Findings(),
					"The impression item is not linked to a finding; link the findings it is based on");
		}
	}


	/** {@link Rules#LEVEL_NAMING}: levels named in an impression item must be levels of its findings. */
	static void levelNaming(ImpressionItem item, Checker check) {
		if (!(item.eContainer() instanceof Report report)) {
			return;
		}
		List<Finding> basis = item.getFindings().isEmpty() ? Reports.findings(report) : item.getFindings();
		if (basis.stream().noneMatch(f -> f.getFrom() != null)) {
			return;
		}
		for (SpineLevel named : LevelMentions.in(item.getText())) {
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

	/**
	 * {@link Rules#COMMUNICATION_INCOMPLETE} and {@link Rules#GRADE_RANGE} of the
	 * ACR category. A routine choice is a category 3 record without recipient.
	 */
	static void communication(CriticalCommunication record, Checker check) {
		ValueRules.grade(record, P.getCriticalCommunication_AcrCategory(), record.getAcrCategory(), 3, check);
		if (!Checker.isBlank(record.getOverrideReason())) {
			return;
		}
		if (record.isPending()) {
			ObservationRules.pending(record, check);
			return;
		}
		if (record.isRoutine()) {
			if (record.getAcrCategory() == null || record.getAcrCategory() != 3) {
				check.signingError(Rules.COMMUNICATION_INCOMPLETE, record, P.getCriticalCommunication_Routine(),
						"Routine communication is only allowed for ACR category 3; set category 3 or document the notification");
			}
			return;
		}
		if (Checker.isBlank(record.getRecipientName()) && Checker.isBlank(record.getRecipientRole())) {
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
		if (record.getAcrCategory() == null) {
			check.signingError(Rules.COMMUNICATION_INCOMPLETE, record, P.getCriticalCommunication_AcrCategory(),
					"The communication record has no ACR category; enter 1 (minutes), 2 (hours) or 3 (days)");
		}
	}
}
