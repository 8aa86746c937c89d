package org.spinerad.ris.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;

import org.spinerad.model.Addendum;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Patient;
import org.spinerad.model.Report;
import org.spinerad.model.Study;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Validation;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;
import org.spinerad.ris.RisSettings;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.v251.datatype.CE;
import ca.uhn.hl7v2.model.v251.datatype.TS;
import ca.uhn.hl7v2.model.v251.datatype.TX;
import ca.uhn.hl7v2.model.v251.datatype.XPN;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_PATIENT_RESULT;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.parser.PipeParser;

/**
 * Builds the HL7 v2.5.1 ORU^R01 message of a signed report with HAPI's typed
 * model and encodes it with HAPI's pipe parser, which escapes every value. The
 * profile (which segment and field carries what) is documented in the README,
 * section "RIS export". The report text comes in already rendered, so this
 * class knows nothing of templates.
 */
public final class OruMessageBuilder {

	/** OBX-3 of the report body lines: LOINC "Radiology Study observation (narrative)". */
	public static final String BODY_CODE = "18782-3";
	static final String BODY_TEXT = "Radiology Study observation (narrative)";
	/** OBX-3 of the impression: LOINC "Radiology Imaging study [Impression] (narrative)". */
	public static final String IMPRESSION_CODE = "19005-8";
	static final String IMPRESSION_TEXT = "Radiology Imaging study [Impression] (narrative)";
	static final String LOINC = "LN";

	private final RisSettings settings;
	private final ZoneId zone;

	/** A builder with the header fields of these settings, writing times in the system's time zone. */
	public OruMessageBuilder(RisSettings settings) {
		this(settings, ZoneId.systemDefault());
	}

	/** A builder writing times in a given time zone (for tests). */
	public OruMessageBuilder(RisSettings settings, ZoneId zone) {
		this.settings = Objects.requireNonNull(settings);
		this.zone = Objects.requireNonNull(zone);
	}

	/**
	 * Checks that a report can be sent at all (status, patient id, accession), and
	 * that a report which claims to be signed passes the checks of signing: a file
	 * edited after signing, or written by another tool, is never sent with an
	 * error-level problem.
	 *
	 * @throws RisException saying what is missing or wrong
	 */
	public static ResultStatus check(Report report) throws RisException {
		ResultStatus status;
		try {
			status = ResultStatus.of(report);
		} catch (IllegalArgumentException e) {
			throw new RisException(e.getMessage(), e);
		}
		Patient patient = report.getPatient();
		if (patient == null || isBlank(patient.getPatientId())) {
			throw new RisException("Report " + report.getId() + " has no patient id; the RIS needs it (PID-3)");
		}
		Study study = report.getStudy();
		if (study == null || isBlank(study.getAccessionNumber())) {
			throw new RisException("Report " + report.getId()
					+ " has no accession number; the RIS cannot match it to its order (OBR-3)");
		}
		List<Problem> errors = Validation.validate(report, Phase.SIGNING).stream().filter(Problem::isError).toList();
		if (!errors.isEmpty()) {
			Problem first = errors.get(0);
			throw new RisException("Report " + report.getId() + " is marked " + report.getStatus().getLiteral()
					+ " but fails the checks of signing (" + errors.size() + " error(s); first: " + first.location()
					+ ": " + first.message() + " [" + first.code() + "]); correct it and sign it again - nothing was sent");
		}
		return status;
	}

	/**
	 * Builds and encodes the message.
	 *
	 * @param report       a signed report
	 * @param renderedText the plain-text report; one OBX per line
	 * @param status       P, F or C
	 * @param controlId    MSH-10
	 * @param now          MSH-7
	 * @return the message, segments separated by carriage returns
	 * @throws RisException when the report lacks what the RIS needs
	 */
	public String build(Report report, String renderedText, ResultStatus status, String controlId, Instant now)
			throws RisException {
		check(report);
		if (renderedText == null || renderedText.isBlank()) {
			throw new RisException("The rendered text of report " + report.getId() + " is empty; render it first");
		}
		if (!ControlIds.isValid(controlId)) {
			throw new RisException("'" + controlId + "' is not a usable message control id (1-20 letters, digits, '.', '-', '_')");
		}
		HapiContext context = Hl7.building();
		try {
			ORU_R01 message = new ORU_R01(context.getModelClassFactory());
			PipeParser parser = context.getPipeParser();
			message.setParser(parser);
			header(message.getMSH(), controlId, now);
			ORU_R01_PATIENT_RESULT result = message.getPATIENT_RESULT();
			patient(result.getPATIENT().getPID(), report.getPatient());
			ORU_R01_ORDER_OBSERVATION order = result.getORDER_OBSERVATION();
			Instant statusTime = statusTime(report, status, now);
			order(order.getORC(), report, status, statusTime);
			request(order.getOBR(), report, status, statusTime);
			int setId = 0;
			for (String line : lines(renderedText)) {
				OBX obx = order.getOBSERVATION(setId).getOBX();
				observation(obx, ++setId, BODY_CODE, BODY_TEXT, status);
				text(message, obx, 0, line);
			}
			List<String> impression = impression(report);
			if (!impression.isEmpty()) {
				OBX obx = order.getOBSERVATION(setId).getOBX();
				observation(obx, ++setId, IMPRESSION_CODE, IMPRESSION_TEXT, status);
				for (int i = 0; i < impression.size(); i++) {
					text(message, obx, i, impression.get(i));
				}
				if (report.getImpression().stream().anyMatch(ImpressionItem::isCritical)) {
					obx.getAbnormalFlags(0).setValue("AA");
				}
			}
			synchronized (parser) {
				return parser.encode(message);
			}
		} catch (HL7Exception e) {
			throw new RisException("The HL7 message of report " + report.getId() + " cannot be built: "
					+ e.getMessage(), e);
		}
	}

	private void header(MSH msh, String controlId, Instant now) throws HL7Exception {
		msh.getFieldSeparator().setValue("|");
		msh.getEncodingCharacters().setValue("^~\\&");
		msh.getSendingApplication().getNamespaceID().setValue(settings.sendingApplication());
		msh.getSendingFacility().getNamespaceID().setValue(settings.sendingFacility());
		msh.getReceivingApplication().getNamespaceID().setValue(settings.receivingApplication());
		msh.getReceivingFacility().getNamespaceID().setValue(settings.receivingFacility());
		time(msh.getDateTimeOfMessage(), now);
		msh.getMessageType().getMessageCode().setValue("ORU");
		msh.getMessageType().getTriggerEvent().setValue("R01");
		msh.getMessageType().getMessageStructure().setValue("ORU_R01");
		msh.getMessageControlID().setValue(controlId);
		msh.getProcessingID().getProcessingID().setValue(settings.processingId());
		msh.getVersionID().getVersionID().setValue(Hl7.VERSION);
		// MSH-15 and MSH-16 stay empty: original acknowledgement mode, one ACK per message
		msh.getCharacterSet(0).setValue(Hl7.CHARACTER_SET);
	}

	private static void patient(PID pid, Patient patient) throws HL7Exception {
		pid.getSetIDPID().setValue("1");
		pid.getPatientIdentifierList(0).getIDNumber().setValue(patient.getPatientId());
		pid.getPatientIdentifierList(0).getIdentifierTypeCode().setValue("MR");
		name(pid.getPatientName(0), patient.getName());
		if (patient.getBirthDate() != null) {
			LocalDate birth = LocalDate.ofInstant(patient.getBirthDate().toInstant(), ZoneOffset.UTC);
			pid.getDateTimeOfBirth().getTime().setDatePrecision(birth.getYear(), birth.getMonthValue(),
					birth.getDayOfMonth());
		}
		if (patient.getSex() != null) {
			pid.getAdministrativeSex().setValue(switch (patient.getSex()) {
			case FEMALE -> "F";
			case MALE -> "M";
			case OTHER -> "O";
			default -> "U";
			});
		}
	}

	/** DICOM person name (family^given^middle^prefix^suffix) to XPN (family^given^middle^suffix^prefix). */
	static void name(XPN xpn, String dicomName) throws HL7Exception {
		if (isBlank(dicomName)) {
			return;
		}
		String alphabetic = dicomName.split("=", -1)[0];
		String[] parts = alphabetic.split("\\^", -1);
		xpn.getFamilyName().getSurname().setValue(part(parts, 0));
		xpn.getGivenName().setValue(part(parts, 1));
		xpn.getSecondAndFurtherGivenNamesOrInitialsThereof().setValue(part(parts, 2));
		xpn.getPrefixEgDR().setValue(part(parts, 3));
		xpn.getSuffixEgJRorIII().setValue(part(parts, 4));
		xpn.getNameTypeCode().setValue("L");
	}

	private static String part(String[] parts, int index) {
		return index < parts.length && !parts[index].isBlank() ? parts[index].strip() : null;
	}

	private void order(ORC orc, Report report, ResultStatus status, Instant statusTime) throws HL7Exception {
		String accession = report.getStudy().getAccessionNumber();
		orc.getOrderControl().setValue("RE");
		orc.getPlacerOrderNumber().getEntityIdentifier().setValue(accession);
		orc.getFillerOrderNumber().getEntityIdentifier().setValue(accession);
		orc.getOrderStatus().setValue(status == ResultStatus.PRELIMINARY ? "IP" : "CM");
		time(orc.getDateTimeOfTransaction(), statusTime);
	}

	private void request(OBR obr, Report report, ResultStatus status, Instant statusTime) throws HL7Exception {
		Study study = report.getStudy();
		obr.getSetIDOBR().setValue("1");
		obr.getPlacerOrderNumber().getEntityIdentifier().setValue(study.getAccessionNumber());
		obr.getFillerOrderNumber().getEntityIdentifier().setValue(study.getAccessionNumber());
		CE service = obr.getUniversalServiceIdentifier();
		String description = isBlank(study.getStudyDescription()) ? "MRI spine with contrast"
				: study.getStudyDescription().strip();
		if (!settings.procedureCode().isEmpty()) {
			service.getIdentifier().setValue(settings.procedureCode());
			service.getNameOfCodingSystem().setValue(settings.procedureCodingSystem());
		}
		service.getText().setValue(description);
		if (study.getStudyDateTime() != null) {
			time(obr.getObservationDateTime(), study.getStudyDateTime().toInstant());
		}
		time(obr.getResultsRptStatusChngDateTime(), statusTime);
		obr.getDiagnosticServSectID().setValue("MR");
		obr.getResultStatus().setValue(status.code());
		if (!isBlank(report.getSigner())) {
			obr.getPrincipalResultInterpreter().getNDLName().getFamilyName().setValue(report.getSigner().strip());
			time(obr.getPrincipalResultInterpreter().getStartDateTime(), statusTime);
		}
	}

	private static void observation(OBX obx, int setId, String code, String text, ResultStatus status)
			throws HL7Exception {
		obx.getSetIDOBX().setValue(Integer.toString(setId));
		obx.getValueType().setValue("TX");
		obx.getObservationIdentifier().getIdentifier().setValue(code);
		obx.getObservationIdentifier().getText().setValue(text);
		obx.getObservationIdentifier().getNameOfCodingSystem().setValue(LOINC);
		obx.getObservationResultStatus().setValue(status.code());
	}

	private static void text(ORU_R01 message, OBX obx, int repetition, String value) throws HL7Exception {
		TX tx = new TX(message);
		tx.setValue(value);
		obx.getObservationValue(repetition).setData(tx);
	}

	private void time(TS ts, Instant instant) throws HL7Exception {
		ZonedDateTime local = instant.atZone(zone);
		ts.getTime().setValueToSecond(GregorianCalendar.from(local));
		int offsetMinutes = local.getOffset().getTotalSeconds() / 60;
		ts.getTime().setOffset(offsetMinutes / 60 * 100 + offsetMinutes % 60); // e.g. +0100, -0530
	}

	/** @return the lines of the rendered text, trailing blanks removed (TX), without trailing empty lines */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\\R", -1)) {
			lines.add(line.stripTrailing());
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		while (!lines.isEmpty() && lines.get(0).isEmpty()) {
			lines.remove(0);
		}
		return lines;
	}

	/** @return the impression items as numbered lines, critical ones marked */
	static List<String> impression(Report report) {
		List<String> items = new ArrayList<>();
		int n = 0;
		for (ImpressionItem item : report.getImpression()) {
			if (isBlank(item.getText())) {
				continue;
			}
			String text = item.getText().strip().replaceAll("\\s*\\R\\s*", " ");
			items.add(++n + ". " + (item.isCritical() ? "CRITICAL: " : "") + text);
		}
		return items;
	}

	private static Instant statusTime(Report report, ResultStatus status, Instant now) {
		Date time = switch (status) {
		case PRELIMINARY -> report.getPreliminaryAt();
		case FINAL -> report.getSignedAt();
		case CORRECTED -> report.getAddenda().stream().map(Addendum::getCreatedAt).filter(Objects::nonNull)
				.max(Date::compareTo).orElse(report.getSignedAt());
		};
		return time == null ? now : time.toInstant();
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
