package org.spinerad.fhir.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.ImagingStudy.ImagingStudyStatus;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.spinerad.fhir.FhirException;
import org.spinerad.fhir.FhirStatus;
import org.spinerad.model.Addendum;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.Study;
import org.spinerad.model.edit.Formats;
import org.spinerad.model.edit.Vocabulary;

/**
 * Builds the FHIR R4 resources of a signed report: Patient, ImagingStudy, one
 * Observation per finding and the DiagnosticReport, as a transaction Bundle of
 * PUTs. Resource ids are derived from the report, patient and study, so every
 * later step of the same report (final after preliminary, amended after final)
 * updates the same resources: the server keeps one DiagnosticReport per report
 * with its history, never a second copy.
 */
public final class FhirReportBuilder {

	/** Identifier system of our report ids. */
	public static final String REPORT_ID_SYSTEM = "urn:spinerad:report-id";
	/** Identifier system of DICOM UIDs. */
	static final String DICOM_UID_SYSTEM = "urn:dicom:uid";
	/** HL7 table 0203 (identifier types). */
	static final String V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";
	/** HL7 table 0074 (diagnostic service sections). */
	static final String V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074";

	private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,60}");

	/**
	 * @param report       a signed report (preliminary, final or amended)
	 * @param renderedText its text, a presented form
	 * @param pdf          its PDF, the first presented form; null when there is none
	 * @return the transaction Bundle
	 * @throws FhirException when the report is not signed or lacks the patient id
	 */
	public Bundle build(Report report, String renderedText, byte[] pdf) throws FhirException {
		FhirStatus status = check(report);
		Patient patient = patient(report);
		ImagingStudy study = study(report, patient);
		List<Observation> observations = observations(report, status, patient, study);
		DiagnosticReport diagnostic = diagnosticReport(report, renderedText, pdf, status, patient, study,
				observations);
		Bundle bundle = new Bundle().setType(BundleType.TRANSACTION);
		List<Resource> all = new ArrayList<>();
		all.add(patient);
		all.add(study);
		all.addAll(observations);
		all.add(diagnostic);
		for (Resource r : all) {
			String url = r.fhirType() + "/" + r.getIdElement().getIdPart();
			bundle.addEntry().setFullUrl(uuidUrl(url)).setResource(r).getRequest().setMethod(HTTPVerb.PUT).setUrl(url);
		}
		return bundle;
	}

	/**
	 * Sets the full URL of every entry to where its resource lives on a server
	 * ({@code base/Type/id}), so that the relative references between the
	 * entries resolve inside the Bundle. Without a server the entries carry
	 * stable {@code urn:uuid:} URLs.
	 *
	 * @param bundle a Bundle made by {@link #build}
	 * @param base   the FHIR base URL of the server it goes to
	 * @return the same Bundle
	 */
	public static Bundle onServer(Bundle bundle, String base) {
		String prefix = base.endsWith("/") ? base : base + "/";
		bundle.getEntry().forEach(e -> e.setFullUrl(prefix + e.getRequest().getUrl()));
		return bundle;
	}

	private static String uuidUrl(String typeAndId) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(typeAndId.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @return the status the report is exported with
	 * @throws FhirException when it is a draft or has no patient id
	 */
	public static FhirStatus check(Report report) throws FhirException {
		FhirStatus status;
		try {
			status = FhirStatus.of(report);
		} catch (IllegalArgumentException e) {
			throw new FhirException("Report " + report.getId() + ": " + e.getMessage(), e);
		}
		if (report.getPatient() == null || isBlank(report.getPatient().getPatientId())) {
			throw new FhirException("Report " + report.getId()
					+ " has no patient id; the FHIR server cannot file it (set the patient id of the study)");
		}
		return status;
	}

	/** @return the id of the DiagnosticReport of a report (stable over all its steps) */
	public static String reportResourceId(String reportId) {
		String plain = "r-" + reportId;
		return FHIR_ID.matcher(plain).matches() ? plain : "r-" + hash(reportId);
	}

	private Patient patient(Report report) {
		org.spinerad.model.Patient p = report.getPatient();
		Patient patient = new Patient();
		patient.setId("p-" + hash("patient|" + p.getPatientId()));
		Identifier id = patient.addIdentifier().setValue(p.getPatientId());
		id.getType().addCoding().setSystem(V2_0203).setCode("MR").setDisplay("Medical record number");
		if (!isBlank(p.getName())) {
			String[] parts = p.getName().split("=", -1)[0].split("\\^", -1);
			HumanName name = patient.addName().setText(Formats.personName(p.getName()));
			if (!parts[0].isBlank()) {
				name.setFamily(parts[0].strip());
			}
			for (int i = 1; i < Math.min(parts.length, 3); i++) {
				if (!parts[i].isBlank()) {
					name.addGiven(parts[i].strip());
				}
			}
		}
		if (p.getSex() != null) {
			patient.setGender(switch (p.getSex()) {
			case FEMALE -> AdministrativeGender.FEMALE;
			case MALE -> AdministrativeGender.MALE;
			case OTHER -> AdministrativeGender.OTHER;
			default -> AdministrativeGender.UNKNOWN;
			});
		}
		if (p.getBirthDate() != null) {
			patient.setBirthDate(p.getBirthDate());
		}
		return patient;
	}

	private ImagingStudy study(Report report, Patient patient) {
		Study s = report.getStudy();
		ImagingStudy study = new ImagingStudy().setStatus(ImagingStudyStatus.AVAILABLE);
		String key = s == null ? "report|" + report.getId()
				: !isBlank(s.getStudyInstanceUid()) ? "uid|" + s.getStudyInstanceUid()
						: "accession|" + s.getAccessionNumber();
		study.setId("s-" + hash(key));
		study.setSubject(reference(patient));
		if (s != null) {
			if (!isBlank(s.getStudyInstanceUid())) {
				study.addIdentifier().setSystem(DICOM_UID_SYSTEM).setValue("urn:oid:" + s.getStudyInstanceUid());
			}
			if (!isBlank(s.getAccessionNumber())) {
				Identifier acc = study.addIdentifier().setValue(s.getAccessionNumber());
				acc.getType().addCoding().setSystem(V2_0203).setCode("ACSN").setDisplay("Accession ID");
			}
			if (s.getStudyDateTime() != null) {
				study.setStartedElement(new DateTimeType(s.getStudyDateTime()));
			}
			if (!isBlank(s.getStudyDescription())) {
				study.setDescription(s.getStudyDescription());
			}
		}
		return study;
	}

	private List<Observation> observations(Report report, FhirStatus status, Patient patient, ImagingStudy study) {
		List<Observation> out = new ArrayList<>();
		String base = reportResourceId(report.getId());
		int n = 0;
		for (Region region : report.getRegions()) {
			for (Finding finding : region.getFindings()) {
				n++;
				Observation o = new Observation().setStatus(observationStatus(status));
				o.setId(base + "-o" + n);
				String regionName = region.isSetKind() ? Vocabulary.label(region.getKind()) : "Other";
				o.setCode(new CodeableConcept().setText(regionName + " finding"));
				if (!isBlank(finding.getId())) {
					o.addIdentifier().setSystem(REPORT_ID_SYSTEM).setValue(report.getId() + "/" + finding.getId());
				}
				o.setSubject(reference(patient));
				o.addDerivedFrom(reference(study));
				effective(report, o);
				String text = FindingText.of(regionName, finding);
				Terminology.value(finding).ifPresentOrElse(c -> o.setValue(Terminology.concept(c, text)),
						() -> o.setValue(new org.hl7.fhir.r4.model.StringType(text)));
				String site = FindingText.site(regionName, finding);
				Terminology.bodySite(region.isSetKind() ? region.getKind() : null, finding).ifPresentOrElse(
						c -> o.setBodySite(Terminology.concept(c, site)),
						() -> o.setBodySite(new CodeableConcept().setText(site)));
				out.add(o);
			}
		}
		return out;
	}

	private DiagnosticReport diagnosticReport(Report report, String text, byte[] pdf, FhirStatus status,
			Patient patient, ImagingStudy study, List<Observation> observations) {
		DiagnosticReport dr = new DiagnosticReport();
		dr.setId(reportResourceId(report.getId()));
		dr.addIdentifier().setSystem(REPORT_ID_SYSTEM).setValue(report.getId());
		dr.setStatus(switch (status) {
		case PRELIMINARY -> DiagnosticReportStatus.PRELIMINARY;
		case FINAL -> DiagnosticReportStatus.FINAL;
		case AMENDED -> DiagnosticReportStatus.AMENDED;
		});
		dr.addCategory().addCoding().setSystem(V2_0074).setCode("RAD").setDisplay("Radiology");
		Study s = report.getStudy();
		String title = s != null && !isBlank(s.getStudyDescription()) ? s.getStudyDescription() : "MRI of the spine";
		dr.setCode(new CodeableConcept().setText(title));
		dr.setSubject(reference(patient));
		dr.addImagingStudy(reference(study));
		if (s != null && s.getStudyDateTime() != null) {
			dr.setEffective(new DateTimeType(s.getStudyDateTime()));
		}
		Date issued = issued(report, status);
		if (issued != null) {
			dr.setIssuedElement(new InstantType(issued));
		}
		if (!isBlank(report.getSigner())) {
			dr.addResultsInterpreter(new Reference().setDisplay(report.getSigner()));
		}
		for (Observation o : observations) {
			dr.addResult(reference(o));
		}
		String conclusion = conclusion(report);
		if (!conclusion.isEmpty()) {
			dr.setConclusion(conclusion);
		}
		if (pdf != null) {
			presentedForm(dr, "application/pdf", pdf, "Report (" + status.code() + ", PDF)", issued);
		}
		presentedForm(dr, "text/plain", text.getBytes(StandardCharsets.UTF_8), "Report (" + status.code() + ", text)",
				issued);
		return dr;
	}

	private static void presentedForm(DiagnosticReport dr, String contentType, byte[] data, String title,
			Date issued) {
		Attachment form = dr.addPresentedForm().setContentType(contentType).setLanguage("en").setData(data)
				.setTitle(title);
		if (issued != null) {
			form.setCreation(issued);
		}
	}

	/** @return the impression items, one a line, then each addendum with its author and time */
	static String conclusion(Report report) {
		List<String> lines = new ArrayList<>();
		for (ImpressionItem item : report.getImpression()) {
			if (!isBlank(item.getText())) {
				lines.add(item.getText().strip());
			}
		}
		for (Addendum a : report.getAddenda()) {
			String when = a.getCreatedAt() == null ? "" : ", " + a.getCreatedAt().toInstant();
			lines.add("Addendum (" + (isBlank(a.getAuthor()) ? "unknown author" : a.getAuthor()) + when + "): "
					+ (a.getText() == null ? "" : a.getText().strip()));
		}
		return String.join("\n", lines);
	}

	private static Date issued(Report report, FhirStatus status) {
		return switch (status) {
		case PRELIMINARY -> report.getPreliminaryAt();
		case FINAL -> report.getSignedAt();
		case AMENDED -> report.getAddenda().stream().map(Addendum::getCreatedAt).filter(d -> d != null)
				.max(Date::compareTo).orElse(report.getSignedAt());
		};
	}

	private static void effective(Report report, Observation o) {
		Study s = report.getStudy();
		if (s != null && s.getStudyDateTime() != null) {
			o.setEffective(new DateTimeType(s.getStudyDateTime()));
		}
	}

	private static ObservationStatus observationStatus(FhirStatus status) {
		return switch (status) {
		case PRELIMINARY -> ObservationStatus.PRELIMINARY;
		case FINAL -> ObservationStatus.FINAL;
		case AMENDED -> ObservationStatus.AMENDED;
		};
	}

	private static Reference reference(Resource r) {
		return new Reference(r.fhirType() + "/" + r.getIdElement().getIdPart());
	}

	static String hash(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 20);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
