package org.spinerad.ris.internal.orders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.spinerad.model.Patient;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.Study;
import org.spinerad.model.query.Reports;
import org.spinerad.store.ReportStore;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.StoreException;

import ca.uhn.hl7v2.ErrorCode;

/**
 * Applies orders to the report store: a new order becomes a new unreported
 * (draft) report, found again by its accession number so that the same order
 * twice stays one entry; a cancel removes an unreported entry nobody has
 * worked on (one with work keeps it, marked as cancelled); a demographics
 * update changes the patient of every unsigned report with the medical record
 * number. Signed reports are never changed. One order at a time.
 */
public final class Worklist {

	/** The author recorded on reports created from orders. */
	public static final String AUTHOR = "RIS order";
	/** The remark put on a report with work in it whose order was cancelled. */
	public static final String CANCELLED_REMARK = "The RIS cancelled the order of this study.";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");

	private final ReportStore store;

	public Worklist(ReportStore store) {
		this.store = Objects.requireNonNull(store);
	}

	/** @return the id of the report an order for this accession number creates */
	public static String reportId(String accessionNumber) {
		if (SAFE.matcher(accessionNumber).matches()) {
			return "order-" + accessionNumber;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(accessionNumber.getBytes(StandardCharsets.UTF_8));
			return "order-" + HexFormat.of().formatHex(hash, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from the Java runtime", e);
		}
	}

	/**
	 * Applies an order.
	 *
	 * @return what was done, for the acknowledgement text (no patient data)
	 * @throws OrderRejection when the order conflicts with a signed report
	 */
	public synchronized String apply(Order order) throws OrderRejection, StoreException {
		return switch (order.action()) {
		case NEW -> create(order);
		case CANCEL -> cancel(order);
		case UPDATE_PATIENT -> updatePatient(order);
		};
	}

	private ReportSummary byAccession(String accession) throws StoreException {
		String id = reportId(accession);
		ReportSummary match = null;
		for (ReportSummary summary : store.list()) {
			if (id.equals(summary.id())) {
				return summary;
			}
			if (match == null && accession.equals(summary.accessionNumber())) {
				match = summary;
			}
		}
		return match;
	}

	private String create(Order order) throws StoreException {
		ReportSummary existing = byAccession(order.accessionNumber());
		Report report;
		String outcome;
		if (existing == null) {
			report = Reports.newDraft(AUTHOR);
			report.setId(reportId(order.accessionNumber()));
			outcome = "worklist entry created";
		} else if (existing.status() != ReportStatus.DRAFT) {
			return "the study is already reported; nothing changed";
		} else {
			report = store.load(existing.id());
			outcome = "worklist entry updated";
		}
		fillPatient(report.getPatient(), order);
		Study study = report.getStudy();
		study.setAccessionNumber(order.accessionNumber());
		setIfGiven(order.procedureText(), study::setStudyDescription);
		setIfGiven(order.reasonForStudy(), study::setClinicalIndication);
		setIfGiven(order.referringPhysician(), study::setReferringPhysician);
		if (order.priority() != null) {
			study.setPriority(org.spinerad.model.StudyPriority.get(order.priority().name().toLowerCase(java.util.Locale.ROOT)));
		}
		if (CANCELLED_REMARK.equals(report.getRemark())) {
			report.setRemark(null);
		}
		report.setModifiedAt(new Date());
		store.save(report);
		return outcome;
	}

	private String cancel(Order order) throws OrderRejection, StoreException {
		ReportSummary existing = byAccession(order.accessionNumber());
		if (existing == null) {
			return "no worklist entry for the order; nothing to cancel";
		}
		if (existing.status() != ReportStatus.DRAFT) {
			throw OrderRejection.error(ErrorCode.APPLICATION_RECORD_LOCKED,
					"the study of the cancelled order is already reported (signed "
					+ existing.status().getLiteral() + "); it stays, correct it with an addendum");
		}
		Report report = store.load(existing.id());
		if (untouched(report)) {
			store.delete(report.getId());
			return "worklist entry removed";
		}
		report.setRemark(CANCELLED_REMARK);
		report.setModifiedAt(new Date());
		store.save(report);
		return "worklist entry kept (reporting has started) and marked as cancelled";
	}

	/** @return whether nobody has entered anything a radiologist writes */
	static boolean untouched(Report report) {
		boolean regions = report.getRegions().stream().allMatch(r -> !r.isNormal() && r.getFindings().isEmpty()
				&& (r.getStatement() == null || r.getStatement().isBlank()) && r.getRemark() == null);
		return regions && report.getImpression().isEmpty() && report.getRecommendations().isEmpty()
				&& report.getAddenda().isEmpty()
				&& (report.getRemark() == null || CANCELLED_REMARK.equals(report.getRemark()));
	}

	private String updatePatient(Order order) throws StoreException {
		int updated = 0;
		int signed = 0;
		for (ReportSummary summary : store.list()) {
			if (!order.patientId().equals(summary.patientId())) {
				continue;
			}
			if (summary.status() != ReportStatus.DRAFT) {
				signed++;
				continue;
			}
			Report report = store.load(summary.id());
			fillPatient(report.getPatient(), order);
			report.setModifiedAt(new Date());
			store.save(report);
			updated++;
		}
		return updated + " unsigned report(s) updated" + (signed > 0 ? ", " + signed + " signed left as signed" : "");
	}

	private static void fillPatient(Patient patient, Order order) {
		setIfGiven(order.patientId(), patient::setPatientId);
		setIfGiven(order.patientName(), patient::setName);
		if (order.sex() != null) {
			patient.setSex(order.sex());
		}
		if (order.birthDate() != null) {
			patient.setBirthDate(Date.from(order.birthDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
	}

	private static void setIfGiven(String value, Consumer<String> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}
}
