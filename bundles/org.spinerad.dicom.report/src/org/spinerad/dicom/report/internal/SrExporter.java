package org.spinerad.dicom.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.DicomWriter;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.UIDs;
import org.spinerad.dicom.VR;
import org.spinerad.dicom.report.SrExportException;
import org.spinerad.dicom.report.SrReference;
import org.spinerad.model.Addendum;
import org.spinerad.model.Exam;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Patient;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.Sex;
import org.spinerad.model.Study;
import org.spinerad.model.io.AtomicFiles;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Validation;

/**
 * Makes a report a Comprehensive SR document (PS3.3 A.35.3) with the content
 * tree of TID 2000 "Basic Diagnostic Imaging Report" (PS3.16):
 *
 * <pre>
 * CONTAINER (18748-4, LN, "Diagnostic Imaging Report")            template 2000 (DCMR)
 *   HAS CONCEPT MOD  CODE (122142, DCM, "Acquisition Device Type") = (MR, DCM, "Magnetic Resonance")
 *   HAS CONCEPT MOD  CODE (123014, DCM, "Target Region") = RadLex region of the exam (domain guide 8)
 *   HAS CONCEPT MOD  CODE (121049, DCM, "Language of Content Item and Descendants") = (en, RFC5646, "English")
 *   HAS OBS CONTEXT  CODE (121005, DCM, "Observer Type") = (121006, DCM, "Person")
 *   HAS OBS CONTEXT  PNAME (121008, DCM, "Person Observer Name") = author
 *   CONTAINS CONTAINER (11329-0, LN, "History")                 TEXT (11329-0, LN, "History")
 *   CONTAINS CONTAINER (55111-9, LN, "Current Procedure Descriptions")
 *                                                                TEXT (121065, DCM, "Procedure Description")
 *   CONTAINS CONTAINER (59776-5, LN, "Findings")                TEXT (121071, DCM, "Finding"), one per finding
 *   CONTAINS CONTAINER (19005-8, LN, "Impressions")             TEXT (121073, DCM, "Impression"), one per item
 *   CONTAINS CONTAINER (18783-1, LN, "Recommendations")         TEXT (121075, DCM, "Recommendation")
 *   CONTAINS CONTAINER (55107-7, LN, "Addendum")                TEXT (55107-7, LN, "Addendum"), one per addendum
 * </pre>
 *
 * Headings are the LOINC codes of CID 7001 (the standard's preferred
 * encoding), elements the codes of CID 7002. Findings are text: the only
 * clinical codes used are the verified RadLex regions of the domain guide.
 * Completion and verification follow the report status: draft is PARTIAL and
 * UNVERIFIED; preliminary COMPLETE, UNVERIFIED and PRELIMINARY; final and
 * amended COMPLETE, VERIFIED and FINAL with the signer as Verifying Observer.
 * Amended adds a Verifying Observer per addendum. The imported instances are
 * the Current Requested Procedure Evidence; an SR that replaces an earlier
 * one names it in the Predecessor Documents Sequence. Each export makes new
 * Series and SOP Instance UIDs (2.25 UUID UIDs), unless the exporter was made
 * {@link #as} a recorded instance.
 */
public final class SrExporter {

	/**
	 * System property naming the verifying organization when the study has no
	 * Institution Name.
	 */
	public static final String ORGANIZATION_PROPERTY = "spinerad.organization";

	/** Series Number of the SR series. */
	public static final int SERIES_NUMBER = 9001;

	private static final System.Logger LOG = System.getLogger(SrExporter.class.getName());

	private final ZoneId zone;
	private final Clock clock;
	private final SrReference identity;

	/** Local times in the system time zone, the system clock. */
	public SrExporter() {
		this(ZoneId.systemDefault(), Clock.systemUTC());
	}

	/**
	 * @param zone  the zone DICOM dates and times (which have no zone) are
	 *              written in; the study's date and time come back as imported
	 *              when it is the zone they were imported in
	 * @param clock the clock for the instance creation time
	 */
	public SrExporter(ZoneId zone, Clock clock) {
		this(zone, clock, null);
	}

	private SrExporter(ZoneId zone, Clock clock, SrReference identity) {
		this.zone = zone;
		this.clock = clock;
		this.identity = identity;
	}

	/**
	 * @param self      the Series and SOP Instance UIDs (and the study) the SR
	 *                  takes, e.g. as recorded when the same signed step was
	 *                  first sent
	 * @param createdAt its Instance Creation Date and Time
	 * @return an exporter that makes this one instance, so that sending a step
	 *         again never makes a second one
	 */
	public SrExporter as(SrReference self, Instant createdAt) {
		return new SrExporter(zone, Clock.fixed(createdAt, ZoneOffset.UTC), Objects.requireNonNull(self));
	}

	/** @return the Part 10 file (Explicit VR Little Endian) of a report */
	public byte[] toBytes(Report report) throws SrExportException {
		return toBytes(report, SrExporter::log);
	}

	/**
	 * @param notes told what the user should know of the SR, e.g. that control
	 *              characters were replaced
	 * @return the Part 10 file (Explicit VR Little Endian) of a report
	 */
	public byte[] toBytes(Report report, Consumer<String> notes) throws SrExportException {
		return toBytes(report, null, notes);
	}

	/**
	 * @param predecessor the SR this one replaces (Predecessor Documents
	 *                    Sequence), or null
	 * @return the Part 10 file (Explicit VR Little Endian) of a report
	 */
	public byte[] toBytes(Report report, SrReference predecessor, Consumer<String> notes) throws SrExportException {
		try {
			return DicomWriter.definedLengths().toBytes(toDataSet(report, predecessor, notes));
		} catch (IOException e) {
			throw new SrExportException("the SR cannot be encoded: " + e.getMessage(), e);
		}
	}

	/** Writes the Part 10 file atomically (whole file or nothing). */
	public void write(Report report, Path file) throws SrExportException, IOException {
		AtomicFiles.write(file, toBytes(report));
	}

	/** Writes the Part 10 file atomically (whole file or nothing), telling {@code notes} what to know. */
	public void write(Report report, Path file, Consumer<String> notes) throws SrExportException, IOException {
		AtomicFiles.write(file, toBytes(report, notes));
	}

	static void log(String note) {
		LOG.log(System.Logger.Level.WARNING, note);
	}

	/**
	 * @return the SR data set of a report
	 * @throws SrExportException when the report lacks what the SR needs (a Study
	 *                           Instance UID; the signer of a final report)
	 */
	public DataSet toDataSet(Report report) throws SrExportException {
		return toDataSet(report, SrExporter::log);
	}

	/**
	 * @param notes told what the user should know of the SR (control characters replaced)
	 * @return the SR data set of a report
	 * @throws SrExportException when the report lacks what the SR needs (a Study
	 *                           Instance UID; the signer of a final report), or a
	 *                           final or amended report fails the checks of signing
	 */
	public DataSet toDataSet(Report report, Consumer<String> notes) throws SrExportException {
		return toDataSet(report, null, notes);
	}

	/**
	 * @param predecessor the earlier SR of the report this one replaces, e.g.
	 *                    the final SR for an amended report; null for none
	 * @see #toDataSet(Report, Consumer)
	 */
	public DataSet toDataSet(Report report, SrReference predecessor, Consumer<String> notes)
			throws SrExportException {
		if (predecessor != null && SrEvidence.invalid(predecessor) != null) {
			throw new SrExportException(SrEvidence.invalid(predecessor) + "; give the SR file that was sent");
		}
		Study study = report.getStudy();
		String studyUid = study == null ? null : study.getStudyInstanceUid();
		if (studyUid == null || !UIDs.isValid(studyUid.strip())) {
			throw new SrExportException("the report has no valid Study Instance UID ('" + studyUid
					+ "'); import the study (cli import-dicom) or take it from the worklist first");
		}
		if (identity != null && (SrEvidence.invalid(identity) != null
				|| !identity.studyInstanceUid().equals(studyUid.strip()))) {
			throw new SrExportException("the SR recorded for this step (" + identity.sopInstanceUid()
					+ ") does not belong to the report's study " + studyUid.strip()
					+ "; the study of a signed report cannot change, add an addendum instead");
		}
		ReportStatus status = report.getStatus() == null ? ReportStatus.DRAFT : report.getStatus();
		boolean verified = status == ReportStatus.FINAL || status == ReportStatus.AMENDED;
		if (verified && (isBlank(report.getSigner()) || report.getSignedAt() == null)) {
			throw new SrExportException("a " + status.getLiteral()
					+ " report needs its signer and signing time for the Verifying Observer; sign it first");
		}
		if (verified) {
			List<Problem> errors = Validation.validate(report, Phase.SIGNING).stream().filter(Problem::isError)
					.toList();
			if (!errors.isEmpty()) {
				Problem first = errors.get(0);
				throw new SrExportException("the report is marked " + status.getLiteral()
						+ " but fails the checks of signing (" + errors.size() + " error(s); first: " + first.location()
						+ ": " + first.message() + " [" + first.code() + "]); correct it and sign it again");
			}
		}
		DicomText texts = new DicomText();
		DataSet ds = build(report, study, studyUid, status, verified, texts);
		if (predecessor != null) {
			SrEvidence.predecessor(ds, predecessor);
		}
		SrEvidence.evidence(ds, studyUid.strip(), study.getImages());
		if (texts.note() != null) {
			notes.accept(texts.note());
		}
		return ds;
	}

	private DataSet build(Report report, Study study, String studyUid, ReportStatus status, boolean verified,
			DicomText texts) {
		Instant now = clock.instant();
		DataSet ds = new DataSet();
		ds.setString(Tag.SpecificCharacterSet, "ISO_IR 192");
		ZonedDateTime created = now.atZone(zone);
		ds.setDate(Tag.InstanceCreationDate, created.toLocalDate());
		ds.setTime(Tag.InstanceCreationTime, created.toLocalTime().withNano(0));
		ds.setString(Tag.SOPClassUID, UIDs.COMPREHENSIVE_SR_STORAGE);
		ds.setString(Tag.SOPInstanceUID, identity == null ? UIDs.newUid() : identity.sopInstanceUid());

		// General Study
		if (study.getStudyDateTime() != null) {
			ZonedDateTime t = study.getStudyDateTime().toInstant().atZone(zone);
			ds.setDate(Tag.StudyDate, t.toLocalDate());
			ds.setTime(Tag.StudyTime, t.toLocalTime());
		} else {
			ds.setEmpty(Tag.StudyDate, VR.DA);
			ds.setEmpty(Tag.StudyTime, VR.TM);
		}
		Date contentDate = contentTime(report, status, now);
		ZonedDateTime contentAt = contentDate.toInstant().atZone(zone);
		ds.setDate(Tag.ContentDate, contentAt.toLocalDate());
		ds.setTime(Tag.ContentTime, contentAt.toLocalTime().withNano(0));
		texts.set(ds, Tag.AccessionNumber, VR.SH, study.getAccessionNumber(), 16);
		ds.setString(Tag.Modality, "SR");
		ds.setString(Tag.Manufacturer, "SpineRad");
		if (!isBlank(study.getInstitution())) {
			texts.set(ds, Tag.InstitutionName, VR.LO, study.getInstitution(), 64);
		}
		texts.personName(ds, Tag.ReferringPhysicianName, study.getReferringPhysician());
		if (!isBlank(study.getStudyDescription())) {
			texts.set(ds, Tag.StudyDescription, VR.LO, study.getStudyDescription(), 64);
		}
		ds.setString(Tag.SeriesDescription, "Spine MRI structured report");
		ds.setEmpty(Tag.ReferencedPerformedProcedureStepSequence, VR.SQ);

		// Patient
		Patient patient = report.getPatient();
		texts.personName(ds, Tag.PatientName, patient == null ? null : patient.getName());
		texts.set(ds, Tag.PatientID, VR.LO, patient == null ? null : patient.getPatientId(), 64);
		if (patient != null && patient.getBirthDate() != null) {
			ds.setDate(Tag.PatientBirthDate, patient.getBirthDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
		} else {
			ds.setEmpty(Tag.PatientBirthDate, VR.DA);
		}
		ds.setString(Tag.PatientSex, patient == null ? "" : sex(patient.getSex()));
		if (patient != null && patient.getBirthDate() == null && patient.getAgeYears() != null
				&& patient.getAgeYears() >= 0 && patient.getAgeYears() < 1000) {
			ds.setString(Tag.PatientAge, String.format(Locale.ROOT, "%03dY", patient.getAgeYears()));
		}
		if (patient != null && patient.getWeightKg() != null && patient.getWeightKg() > 0) {
			ds.setDecimal(Tag.PatientWeight, patient.getWeightKg());
		}
		ds.setString(Tag.SoftwareVersions, "SpineRad 0.1");

		// Series and instance
		ds.setString(Tag.StudyInstanceUID, studyUid.strip());
		ds.setString(Tag.SeriesInstanceUID, identity == null ? UIDs.newUid() : identity.seriesInstanceUid());
		ds.setEmpty(Tag.StudyID, VR.SH);
		ds.setInt(Tag.SeriesNumber, VR.IS, SERIES_NUMBER);
		ds.setInt(Tag.InstanceNumber, VR.IS, 1);

		// SR Document General
		ds.setString(Tag.CompletionFlag, status == ReportStatus.DRAFT ? "PARTIAL" : "COMPLETE");
		ds.setString(Tag.VerificationFlag, verified ? "VERIFIED" : "UNVERIFIED");
		if (status != ReportStatus.DRAFT) {
			ds.setString(Tag.PreliminaryFlag, verified ? "FINAL" : "PRELIMINARY");
		}
		if (verified) {
			SrEvidence.verifyingObservers(ds, report, study, zone, texts);
		}
		if (!isBlank(study.getAccessionNumber())) {
			DataSet request = ds.addItem(Tag.ReferencedRequestSequence);
			request.setString(Tag.StudyInstanceUID, studyUid.strip());
			request.setEmpty(Tag.ReferencedStudySequence, VR.SQ);
			texts.set(request, Tag.AccessionNumber, VR.SH, study.getAccessionNumber(), 16);
			request.setEmpty(Tag.PlacerOrderNumberImagingServiceRequest, VR.LO);
			request.setEmpty(Tag.FillerOrderNumberImagingServiceRequest, VR.LO);
			request.setEmpty(Tag.RequestedProcedureID, VR.SH);
			texts.set(request, Tag.RequestedProcedureDescription, VR.LO, study.getStudyDescription(), 64);
			request.setEmpty(Tag.RequestedProcedureCodeSequence, VR.SQ);
		}
		ds.setEmpty(Tag.PerformedProcedureCodeSequence, VR.SQ);

		// SR Document Content: the root of TID 2000
		ds.setString(Tag.ValueType, "CONTAINER");
		SrContent.code(ds.addItem(Tag.ConceptNameCodeSequence), Codes.DIAGNOSTIC_IMAGING_REPORT);
		ds.setString(Tag.ContinuityOfContent, "SEPARATE");
		DataSet template = ds.addItem(Tag.ContentTemplateSequence);
		template.setString(Tag.MappingResource, "DCMR");
		template.setString(Tag.TemplateIdentifier, "2000");
		List<DataSet> content = ds.newSequence(Tag.ContentSequence);

		SrContent.codeItem(ds, content, "HAS CONCEPT MOD", Codes.ACQUISITION_DEVICE_TYPE,
				Codes.MAGNETIC_RESONANCE);
		Exam exam = report.getExam();
		if (exam != null && exam.isSetRegionImaged()) {
			SrContent.codeItem(ds, content, "HAS CONCEPT MOD", Codes.TARGET_REGION,
					Codes.targetRegion(exam.getRegionImaged()));
		}
		SrContent.codeItem(ds, content, "HAS CONCEPT MOD", Codes.LANGUAGE_OF_CONTENT, Codes.ENGLISH);
		String observer = !isBlank(report.getAuthor()) ? report.getAuthor() : report.getSigner();
		if (!isBlank(observer)) {
			SrContent.codeItem(ds, content, "HAS OBS CONTEXT", Codes.OBSERVER_TYPE, Codes.PERSON);
			DataSet name = SrContent.item(ds, content, "HAS OBS CONTEXT", "PNAME", Codes.PERSON_OBSERVER_NAME);
			texts.personName(name, Tag.PersonName, observer);
		}

		if (study.getClinicalIndication() != null && !study.getClinicalIndication().isBlank()) {
			SrContent.section(texts, ds, content, Codes.HISTORY, Codes.HISTORY,
					List.of(study.getClinicalIndication().strip()));
		}
		SrContent.section(texts, ds, content, Codes.CURRENT_PROCEDURE_DESCRIPTIONS, Codes.PROCEDURE_DESCRIPTION,
				List.of(ReportText.technique(report)));
		List<String> findings = new java.util.ArrayList<>();
		for (Region region : report.getRegions()) {
			findings.addAll(ReportText.findings(region));
		}
		if (findings.isEmpty()) {
			findings.add("No findings recorded.");
		}
		SrContent.section(texts, ds, content, Codes.FINDINGS, Codes.FINDING, findings);
		List<String> impressions = report.getImpression().stream().map(ImpressionItem::getText)
				.filter(t -> !isBlank(t)).map(String::strip).toList();
		if (!impressions.isEmpty()) {
			SrContent.section(texts, ds, content, Codes.IMPRESSIONS, Codes.IMPRESSION, impressions);
		}
		List<String> recommendations = report.getRecommendations().stream().filter(t -> !isBlank(t))
				.map(String::strip).toList();
		if (!recommendations.isEmpty()) {
			SrContent.section(texts, ds, content, Codes.RECOMMENDATIONS, Codes.RECOMMENDATION, recommendations);
		}
		List<String> addenda = ReportText.addenda(report, zone);
		if (!addenda.isEmpty()) {
			SrContent.section(texts, ds, content, Codes.ADDENDUM, Codes.ADDENDUM, addenda);
		}
		return ds;
	}

	private static Date contentTime(Report report, ReportStatus status, Instant now) {
		Date date = switch (status) {
		case FINAL -> report.getSignedAt();
		case AMENDED -> report.getAddenda().stream().map(Addendum::getCreatedAt).filter(d -> d != null)
				.max(Date::compareTo).orElse(report.getSignedAt());
		case PRELIMINARY -> report.getPreliminaryAt();
		default -> report.getModifiedAt();
		};
		return date != null ? date : Date.from(now);
	}

	private static String sex(Sex sex) {
		return sex == null ? "" : switch (sex) {
		case FEMALE -> "F";
		case MALE -> "M";
		case OTHER -> "O";
		default -> "";
		};
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
