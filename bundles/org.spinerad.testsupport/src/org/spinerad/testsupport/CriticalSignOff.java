package org.spinerad.testsupport;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Function;

import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.Report;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.SigningCheck;

/**
 * The sign-off of a critical example case, the same for every template: refused
 * without a communication record even when nothing is flagged critical by hand,
 * accepted with the case's record, and the same through
 * {@code cli validate --signing}.
 */
public final class CriticalSignOff {

	/** Writes a report under a file name and runs {@code cli validate --signing} on it. */
	@FunctionalInterface
	public interface Validation {
		/** @return the exit code; the command's output goes to {@code out} */
		int run(Report report, String fileName, ByteArrayOutputStream out) throws Exception;
	}

	private CriticalSignOff() {
	}

	/**
	 * What the radiologist left: no critical flag set by hand and no communication record.
	 *
	 * @return the records taken away, to give back later
	 */
	public static List<CriticalCommunication> unflag(Report report) {
		Reports.findings(report).forEach(f -> f.setCritical(false));
		report.getImpression().forEach(i -> i.setCritical(false));
		List<CriticalCommunication> records = List.copyOf(report.getCommunications());
		report.getCommunications().clear();
		return records;
	}

	/**
	 * Checks one critical case: signs with its record; without flags and record
	 * the check and the command refuse it ({@link SigningCheck#DECISION_COMMUNICATION});
	 * with the record back both accept it.
	 *
	 * @param errors   the codes of the signing errors of a report
	 * @param validate the command line's signing validation
	 * @throws AssertionError naming the case and what differs
	 */
	public static void assertRefusedWithoutRecord(String caseId, Report report, Function<Report, List<String>> errors,
			Validation validate) throws Exception {
		expect(List.of(), errors.apply(report), caseId + " with its record");
		List<CriticalCommunication> records = unflag(report);
		check(errors.apply(report).contains(SigningCheck.DECISION_COMMUNICATION), caseId + ": " + errors.apply(report));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		expect(1, validate.run(report, caseId + "-bare.json", out), out.toString());
		check(out.toString().contains("[" + SigningCheck.DECISION_COMMUNICATION + "]"), out.toString());
		report.getCommunications().addAll(records);
		expect(List.of(), errors.apply(report), caseId + " with its record again");
		out.reset();
		expect(0, validate.run(report, caseId + ".xmi", out), out.toString());
	}

	private static void expect(Object expected, Object actual, String message) {
		check(expected.equals(actual), message + " ==> expected: <" + expected + "> but was: <" + actual + ">");
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}
}
