package org.spinerad.model.validation;

import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.ReportPackage;

/**
 * What makes a record of critical-result communication complete (guide 7.3):
 * recipient, method, date and time, read-back, and an ACR category at least
 * as urgent as the result needs.
 */
public final class Communications {

	private Communications() {
	}

	/**
	 * @param record       a communication record
	 * @param leastUrgent  the least urgent ACR category that still covers the result (1 to 3)
	 * @return whether the record documents a notification (not a routine choice or an
	 *         override) with every field and a category of {@code leastUrgent} or more urgent
	 */
	public static boolean complete(CriticalCommunication record, int leastUrgent) {
		return !record.isRoutine() && !record.isPending() && Checker.isBlank(record.getOverrideReason())
				&& (!Checker.isBlank(record.getRecipientName()) || !Checker.isBlank(record.getRecipientRole()))
				&& record.eIsSet(ReportPackage.Literals.CRITICAL_COMMUNICATION__METHOD) && record.getDateTime() != null
				&& record.isReadBackConfirmed() && record.getAcrCategory() != null && record.getAcrCategory() >= 1
				&& record.getAcrCategory() <= leastUrgent;
	}

	/**
	 * @return whether the record documents a notification of a category 3 result:
	 *         recipient, method and time (read-back is not required for category 3)
	 */
	public static boolean notified(CriticalCommunication record) {
		return !record.isRoutine() && !record.isPending() && Checker.isBlank(record.getOverrideReason())
				&& (!Checker.isBlank(record.getRecipientName()) || !Checker.isBlank(record.getRecipientRole()))
				&& record.eIsSet(ReportPackage.Literals.CRITICAL_COMMUNICATION__METHOD) && record.getDateTime() != null
				&& record.getAcrCategory() != null;
	}

	/** @return whether the record is the explicit choice of routine communication for a category 3 result */
	public static boolean routine(CriticalCommunication record) {
		return record.isRoutine() && record.getAcrCategory() != null && record.getAcrCategory() == 3;
	}
}
